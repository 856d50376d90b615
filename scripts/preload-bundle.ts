import { build, type Metafile } from 'esbuild';

/**
 * Preloads of sandboxed windows, relative to the repository root. A sandboxed preload can `require` only
 * `electron` and a few polyfilled modules, never another file or a package, so each of these is re-emitted
 * as one self-contained file over tsc's output. Add a preload here when a new sandboxed window gets one.
 */
export const SANDBOXED_PRELOADS: readonly string[] = ['electron/desktop/preload/preload.ts'];

/**
 * Entries run with Node (the main process, and the trusted engine window's preload), bundled too: Angular
 * and NgRx ship as ES modules only, and a bundle needs no require(esm) support nor path aliases at run
 * time. Tencent's SDK stays outside (it loads a native addon relative to itself), and so does Electron.
 */
export const NODE_BUNDLES: readonly string[] = ['electron/desktop/main.ts', 'electron/desktop/engine-window/engine-window-preload.ts'];

/** Packages a Node bundle leaves to be required at run time. */
export const NODE_EXTERNALS: readonly string[] = ['electron', 'trtc-electron-sdk'];

/** Bundles one Node entry into `outfile` as a single CommonJS file; returns the problems. */
export async function bundleNodeEntry(entry: string, outfile: string, tsconfig: string): Promise<string[]> {
  try {
    await build({
      entryPoints: [entry],
      outfile,
      tsconfig,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: [...NODE_EXTERNALS],
      sourcemap: true,
      logLevel: 'silent',
    });
    return [];
  } catch (err) {
    const errors = (err as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors;
    if (!errors) throw err;
    return errors.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`);
  }
}

/** What a sandboxed preload can still require at run time (Electron's sandboxed renderer polyfills). */
export const SANDBOX_MODULES: ReadonlySet<string> = new Set(['electron', 'events', 'timers', 'url']);

/** Imports a bundle left outside itself that a sandboxed preload could not load. */
export function unloadableInSandbox(metafile: Metafile): string[] {
  const external = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
  return [...new Set(external)].filter((path) => !SANDBOX_MODULES.has(path));
}

/**
 * Bundles one sandboxed preload (TypeScript, tsconfig `paths` resolved by esbuild) into `outfile` as a
 * single CommonJS file with only `electron` left to require. Returns the problems; none means done.
 */
export async function bundlePreload(entry: string, outfile: string, tsconfig: string): Promise<string[]> {
  try {
    const result = await build({
      entryPoints: [entry],
      outfile,
      tsconfig,
      bundle: true,
      // A renderer: browser builds of packages, and a Node built-in is an error rather than a silent require.
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      external: ['electron'],
      sourcemap: true,
      metafile: true,
      logLevel: 'silent',
    });
    return unloadableInSandbox(result.metafile).map((path) => `${entry}: the bundle still requires "${path}", which a sandboxed preload cannot load`);
  } catch (err) {
    const errors = (err as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors;
    if (!errors) throw err;
    return errors.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`);
  }
}
