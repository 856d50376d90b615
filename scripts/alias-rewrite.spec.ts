import { join } from 'node:path';

import { emittedAliases, rewriteAliases, type EmittedAlias } from './alias-rewrite';

const OUT = join('/repo', 'dist', 'electron');
const CORE: EmittedAlias = { prefix: '@broadcast-core/', dir: join(OUT, 'projects', 'broadcast-core', 'src') };

describe('emittedAliases', () => {
  it("maps a wildcard alias to where its sources are emitted under outDir, relative to rootDir", () => {
    const { aliases, unsupported } = emittedAliases({ '@broadcast-core/*': ['./projects/broadcast-core/src/*'] }, '/repo', '/repo', OUT);
    expect(aliases).toEqual([CORE]);
    expect(unsupported).toEqual([]);
  });

  it('reports exact aliases instead of ignoring them', () => {
    expect(emittedAliases({ config: ['./config.ts'] }, '/repo', '/repo', OUT).unsupported).toEqual(['config']);
  });
});

describe('rewriteAliases', () => {
  const main = join(OUT, 'electron', 'desktop', 'main.js');

  it('rewrites require() of an alias to a relative path from the emitting file', () => {
    const code = 'const desktop_1 = require("@broadcast-core/desktop");\nconst x = require("@broadcast-core/bridge/messages");';
    const { code: out, targets } = rewriteAliases(code, main, [CORE]);
    expect(out).toBe('const desktop_1 = require("../../projects/broadcast-core/src/desktop");\nconst x = require("../../projects/broadcast-core/src/bridge/messages");');
    expect(targets).toEqual([join(CORE.dir, 'desktop'), join(CORE.dir, 'bridge', 'messages')]);
  });

  it('rewrites dynamic import() and single quotes too', () => {
    expect(rewriteAliases("await import('@broadcast-core/room-state')", main, [CORE]).code).toBe("await import('../../projects/broadcast-core/src/room-state')");
  });

  it('starts a same-folder path with ./', () => {
    const inside = join(CORE.dir, 'index.js');
    expect(rewriteAliases('require("@broadcast-core/desktop")', inside, [CORE]).code).toBe('require("./desktop")');
  });

  it('leaves packages, relative paths and look-alike text alone', () => {
    const code = 'require("electron"); require("./x"); require("@broadcast-corex/y"); const s = "@broadcast-core/desktop";';
    expect(rewriteAliases(code, main, [CORE])).toEqual({ code, targets: [] });
  });
});
