import * as fs from 'node:fs';

import * as z from 'zod';

import { freshTokens, type AccessTokens } from './access-tokens';

const token = z.string().regex(/^[A-Za-z0-9_-]{22,200}$/, 'must be 22 to 200 URL-safe characters');
const tokenFileSchema = z
  .strictObject({ control: token, view: token })
  .refine((t) => t.control !== t.view, { message: 'control and view must differ', path: ['view'] });

/** The parts of node:fs a token file needs (specs give a memory one). */
export type TokenFileSystem = Pick<typeof fs, 'readFileSync' | 'writeFileSync' | 'statSync' | 'existsSync'>;

/**
 * The tokens kept in `path` across restarts, so that open windows reconnect by themselves after the host
 * restarts. A missing file is created with fresh tokens, readable by this user only (0600). A file that is
 * not a valid token file, or that others can read, is refused with a specific error and left untouched:
 * the host does not start on tokens it cannot trust.
 */
export function tokensFromFile(path: string, files: TokenFileSystem = fs): AccessTokens {
  if (!files.existsSync(path)) {
    const tokens = freshTokens();
    // 'wx': never overwrite a file that appeared meanwhile.
    files.writeFileSync(path, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return tokens;
  }
  const mode = files.statSync(path).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new Error(`token file ${path} can be read by other users (mode ${mode.toString(8)}): run chmod 600 ${path}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(files.readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`token file ${path} is not JSON (${(e as Error).message}): fix it, or delete it to get fresh tokens`);
  }
  const parsed = tokenFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new Error(`token file ${path} is not valid: ${where}${issue.message}; fix it, or delete it to get fresh tokens`);
  }
  return parsed.data;
}
