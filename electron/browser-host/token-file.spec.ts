import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { scopeOfToken } from './access-tokens';
import { tokensFromFile } from './token-file';

describe('tokensFromFile', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bc-tokens-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates fresh tokens readable by this user only, and gives back the same ones next launch', () => {
    const path = join(dir, 'tokens.json');
    const first = tokensFromFile(path);
    expect(first.control).not.toBe(first.view);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(tokensFromFile(path)).toEqual(first);
    expect(scopeOfToken(first.view, first)).toBe('view');
    expect(scopeOfToken(first.control, first)).toBe('control');
  });

  it.each([
    ['not JSON', '{"control":', /is not JSON/],
    ['a list', '[]', /is not valid/],
    ['a short token', JSON.stringify({ control: 'short', view: 'x'.repeat(30) }), /control: must be 22 to 200 URL-safe characters/],
    ['the same token twice', JSON.stringify({ control: 'a'.repeat(30), view: 'a'.repeat(30) }), /view: control and view must differ/],
    ['an extra field', JSON.stringify({ control: 'a'.repeat(30), view: 'b'.repeat(30), admin: 'c' }), /is not valid/],
  ])('refuses a file that is %s, saying so, and leaves it as it was', (_what, content, message) => {
    const path = join(dir, 'tokens.json');
    writeFileSync(path, content, { mode: 0o600 });
    expect(() => tokensFromFile(path)).toThrow(message);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('refuses a file other users can read, and says how to fix it', () => {
    const path = join(dir, 'tokens.json');
    writeFileSync(path, JSON.stringify({ control: 'a'.repeat(30), view: 'b'.repeat(30) }));
    chmodSync(path, 0o644);
    expect(() => tokensFromFile(path)).toThrow(`can be read by other users (mode 644): run chmod 600 ${path}`);
  });
});
