import { electronBinaryOrExplain } from './electron-binary';
import { bin, run } from './run-command';

/** The Forge commands this wrapper fronts. */
const COMMANDS = ['package', 'make'] as const;

/**
 * `npm run package` / `npm run make [-- forge options]`: Electron Forge, after checking the Electron
 * binary is installed, so a machine without it stops at once with the reason instead of after a full
 * app build. (Forge packages from the Electron release zip @electron/get caches when the binary installs.)
 */
async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) {
    console.error(`Usage: tsx scripts/forge.ts <${COMMANDS.join('|')}> [electron-forge options]`);
    process.exitCode = 1;
    return;
  }
  if (!electronBinaryOrExplain(`npm run ${command}`)) return;
  process.exitCode = await run(bin('electron-forge'), [command, ...args]);
}

void main();
