// NgRx's ActionsSubject needs the JIT compiler outside an Angular app; load it before anything imports @ngrx/store.
import '@angular/compiler';

import { distDir } from '../../scripts/app-build';
import { createSandboxEngine } from '../engine/sandbox-engine';
import { findScenario, runScenario, scenarioNames } from '../sandbox/scenarios';
import { startBrowserHost } from './browser-host';
import { isLoopback, parseHostOptions } from './cli-options';

/** Starts the console on the sandbox cloud: `npm start -- [--port N] [--host ADDRESS] [--scenario NAME]`. */
async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2));
  const scenario = findScenario(options.scenario);
  if (!scenario) throw new Error(`unknown scenario "${options.scenario}"; known: ${scenarioNames().join(', ')}`);
  if (!isLoopback(options.host)) {
    console.warn(`WARNING: binding ${options.host} exposes the console beyond this machine; anyone with the token can drive it.`);
  }

  const sandbox = createSandboxEngine();
  const rehearsal = runScenario(sandbox.cloud, scenario);
  const host = await startBrowserHost({
    host: options.host,
    port: options.port,
    dirs: { console: distDir('console'), previewWindow: distDir('preview-window') },
    engineHost: sandbox.host,
  });

  console.log(`Broadcaster Console on the sandbox cloud (scenario "${scenario.name}": ${scenario.description})`);
  console.log(`Open: ${host.url}`);
  console.log(`Preview: ${host.url.replace('/?', '/preview?')}`);
  console.log(`Wall: ${host.url.replace('/?', '/wall?')}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: leaving the room and shutting down`);
    await host.close();
    rehearsal.stop();
    sandbox.host.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
