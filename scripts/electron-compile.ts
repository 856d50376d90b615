import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

import { emittedAliases, rewriteAliases } from './alias-rewrite';
import { bundleNodeEntry, bundlePreload, NODE_BUNDLES, SANDBOXED_PRELOADS } from './preload-bundle';
import { bin, ROOT, run, secondsSince } from './run-command';

/** The desktop host's tsconfig: main process, preloads, engine window and all they import. */
export const DESKTOP_TSCONFIG = join(ROOT, 'electron', 'tsconfig.desktop.json');

/** What the compile needs of the desktop tsconfig. */
interface DesktopConfig {
  outDir: string;
  rootDir: string;
  paths: Record<string, string[]>;
  pathsBase: string;
}

/** Reads the desktop tsconfig (with `extends` applied) the way tsc does. */
function readDesktopConfig(): DesktopConfig {
  const parsed = ts.getParsedCommandLineOfConfigFile(DESKTOP_TSCONFIG, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  const options = parsed?.options ?? {};
  if (!options.outDir || !options.rootDir) throw new Error(`${relative(ROOT, DESKTOP_TSCONFIG)} must set outDir and rootDir.`);
  // pathsBasePath is where tsc resolves `paths` from when there is no baseUrl (the tsconfig that declares them).
  const pathsBase = options.baseUrl ?? (options as { pathsBasePath?: string }).pathsBasePath ?? ROOT;
  return { outDir: options.outDir, rootDir: options.rootDir, paths: (options.paths ?? {}) as Record<string, string[]>, pathsBase };
}

/** Every .js file under a folder. */
function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));
}

/** Rewrites path aliases in the emitted JS; returns the problems (unsupported aliases, targets that were not emitted). */
function rewriteEmitted(config: DesktopConfig): string[] {
  const { aliases, unsupported } = emittedAliases(config.paths, config.pathsBase, config.rootDir, config.outDir);
  const problems = unsupported.map((alias) => `tsconfig path alias "${alias}" is not a wildcard alias; the compile step only rewrites "prefix/*" aliases.`);
  for (const file of jsFiles(config.outDir)) {
    const { code, targets } = rewriteAliases(readFileSync(file, 'utf8'), file, aliases);
    if (targets.length === 0) continue;
    writeFileSync(file, code);
    for (const target of targets) {
      if (![`${target}.js`, join(target, 'index.js')].some(existsSync)) problems.push(`${relative(ROOT, file)} requires ${relative(ROOT, target)}, which was not emitted.`);
    }
  }
  return problems;
}

/**
 * Compiles the Electron side into the desktop tsconfig's outDir: a clean tsc emit (type-checked), then
 * `@broadcast-core/*` aliases rewritten to relative requires, then each sandboxed preload re-emitted as
 * one bundled file. Returns false after printing why when a step fails.
 */
export async function compileElectron(): Promise<boolean> {
  const start = performance.now();
  const config = readDesktopConfig();
  // Clean, so a deleted source never lingers as a stale .js in the package.
  rmSync(config.outDir, { recursive: true, force: true });
  if ((await run(bin('tsc'), ['-p', DESKTOP_TSCONFIG])) !== 0) {
    console.error(`  electron: tsc -p ${relative(ROOT, DESKTOP_TSCONFIG)} failed`);
    return false;
  }
  const problems = rewriteEmitted(config);
  for (const preload of SANDBOXED_PRELOADS) {
    const entry = join(ROOT, preload);
    if (!existsSync(entry)) {
      problems.push(`${preload} is listed in SANDBOXED_PRELOADS (scripts/preload-bundle.ts) but does not exist.`);
      continue;
    }
    const outfile = join(config.outDir, relative(config.rootDir, entry)).replace(/\.ts$/, '.js');
    problems.push(...(await bundlePreload(entry, outfile, DESKTOP_TSCONFIG)));
  }
  for (const bundle of NODE_BUNDLES) {
    const entry = join(ROOT, bundle);
    const outfile = join(config.outDir, relative(config.rootDir, entry)).replace(/\.ts$/, '.js');
    problems.push(...(await bundleNodeEntry(entry, outfile, DESKTOP_TSCONFIG)));
  }
  // Electron starts package.json `main`; it must be among what tsc emitted (same rootDir/outDir).
  const { main } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main?: string };
  if (!main || !existsSync(join(ROOT, main))) problems.push(`package.json "main" (${main}) was not emitted: keep it in step with ${relative(ROOT, DESKTOP_TSCONFIG)}'s rootDir and outDir.`);
  for (const problem of problems) console.error(`  electron: ${problem}`);
  if (problems.length === 0) console.log(`  electron: compiled into ${relative(ROOT, config.outDir)} in ${secondsSince(start)}`);
  return problems.length === 0;
}

// `tsx scripts/electron-compile.ts` (npm run compile:desktop).
if (require.main === module) {
  void compileElectron().then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
