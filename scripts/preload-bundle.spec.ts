import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';

import { bundlePreload, SANDBOXED_PRELOADS, unloadableInSandbox } from './preload-bundle';

const ROOT = join(__dirname, '..');

/** A metafile with one output importing the given paths (external or bundled). */
function metafile(imports: { path: string; external: boolean }[]): Metafile {
  return { inputs: {}, outputs: { 'out/preload.js': { bytes: 1, inputs: {}, exports: [], imports: imports.map((i) => ({ ...i, kind: 'require-call' as const })) } } };
}

describe('unloadableInSandbox', () => {
  it('accepts electron and the modules the sandbox polyfills', () => {
    expect(unloadableInSandbox(metafile([{ path: 'electron', external: true }, { path: 'events', external: true }]))).toEqual([]);
  });

  it('names every other module left outside the bundle, once', () => {
    const found = unloadableInSandbox(
      metafile([
        { path: 'electron', external: true },
        { path: 'zod', external: true },
        { path: 'zod', external: true },
        { path: 'node:fs', external: true },
      ]),
    );
    expect(found).toEqual(['zod', 'node:fs']);
  });

  it('ignores what was bundled in', () => {
    expect(unloadableInSandbox(metafile([{ path: 'node_modules/zod/index.js', external: false }]))).toEqual([]);
  });
});

describe('SANDBOXED_PRELOADS', () => {
  let out: string;
  beforeAll(() => (out = mkdtempSync(join(tmpdir(), 'preload-spec-'))));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  // The real preloads, bundled as the compile step does: a guard that they stay loadable in a sandbox.
  it.each(SANDBOXED_PRELOADS)('%s bundles into one file that requires only what a sandbox allows', async (preload) => {
    expect(await bundlePreload(join(ROOT, preload), join(out, 'preload.js'), join(ROOT, 'electron', 'tsconfig.desktop.json'))).toEqual([]);
  });

  it('reports what cannot be bundled instead of throwing', async () => {
    const problems = await bundlePreload(join(ROOT, 'electron', 'desktop', 'no-such-preload.ts'), join(out, 'x.js'), join(ROOT, 'electron', 'tsconfig.desktop.json'));
    expect(problems).toEqual([expect.stringMatching(/no-such-preload/)]);
  });
});
