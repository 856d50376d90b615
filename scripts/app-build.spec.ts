import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distCollisions, staleReason, type DistFiles } from './app-build';

const files = (entries: Record<string, string>): DistFiles => new Map(Object.entries(entries).map(([name, text]) => [name, Buffer.from(text)]));

describe('distCollisions', () => {
  it('accepts two apps whose only shared names are index.html, identical hashed files and identical favicons', () => {
    const apps = new Map([
      ['console', files({ 'index.html': 'a', 'main-AAAAAAAA.js': '1', 'chunk-CCCCCCCC.js': 'same', 'favicon.ico': 'icon' })],
      ['preview-window', files({ 'index.html': 'b', 'main-BBBBBBBB.js': '2', 'chunk-CCCCCCCC.js': 'same', 'favicon.ico': 'icon' })],
    ]);
    expect(distCollisions(apps)).toEqual([]);
  });

  it('reports a shared name with different bytes', () => {
    const apps = new Map([
      ['console', files({ 'favicon.ico': 'red' })],
      ['preview-window', files({ 'favicon.ico': 'blue' })],
    ]);
    expect(distCollisions(apps)).toEqual(['favicon.ico differs between the console and preview-window builds']);
  });

  it('reports a shared un-hashed file even when identical', () => {
    const apps = new Map([
      ['console', files({ 'assets/logo.svg': 'x' })],
      ['preview-window', files({ 'assets/logo.svg': 'x' })],
    ]);
    expect(distCollisions(apps)).toEqual(['assets/logo.svg is an un-hashed file in both the console and preview-window builds']);
  });
});

describe('staleReason', () => {
  let root: string;
  const write = (rel: string, mtimeSeconds: number): void => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, rel);
    utimesSync(path, mtimeSeconds, mtimeSeconds);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'app-build-'));
    write('angular.json', 100);
    write('tsconfig.json', 100);
    write('projects/console/src/main.ts', 100);
    write('projects/broadcast-core/src/room-state/models.ts', 100);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is stale when dist is missing', () => {
    expect(staleReason('console', root)).toBe('dist/console/browser has no index.html');
  });

  it('is fresh when every output is newer than every input', () => {
    write('dist/console/browser/index.html', 200);
    write('dist/console/browser/main-AAAAAAAA.js', 200);
    expect(staleReason('console', root)).toBeUndefined();
  });

  it('is stale when an app file or a shared library file changed after the build', () => {
    write('dist/console/browser/index.html', 200);
    write('projects/broadcast-core/src/room-state/models.ts', 300);
    expect(staleReason('console', root)).toBe(join('projects', 'broadcast-core', 'src', 'room-state', 'models.ts') + ' changed since the last build');
  });

  it('ignores specs and the other app', () => {
    write('dist/console/browser/index.html', 200);
    write('projects/console/src/app/app.spec.ts', 300);
    write('projects/preview-window/src/main.ts', 300);
    expect(staleReason('console', root)).toBeUndefined();
  });
});
