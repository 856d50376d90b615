import { contentSecurityPolicy } from '../../app-files/content-security-policy';
import { contentType, resolveStaticFile, type AppDirs } from '../../app-files/static-files';

/** The scheme the desktop app serves its pages on: privileged and secure, never file://. */
export const APP_SCHEME = 'app';

/** The one origin of every page, so the windows share preferences (local storage) as in the browser host. */
export const APP_ORIGIN_URL = 'app://broadcaster';

/** The page of each window. */
export const PAGE_URLS = {
  console: `${APP_ORIGIN_URL}/`,
  preview: `${APP_ORIGIN_URL}/preview`,
  wall: `${APP_ORIGIN_URL}/wall`,
  engine: `${APP_ORIGIN_URL}/engine`,
} as const;

/** The engine window's page: nothing to show, and no script of its own (its preload runs the engine). */
export const ENGINE_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broadcaster Console engine</title></head><body></body></html>';

/** What to answer a request with. */
export type AppResponsePlan =
  | { status: 200; headers: Record<string, string>; file: string; page: boolean }
  | { status: 200; headers: Record<string, string>; body: string }
  | { status: 403 | 404 | 405; headers: Record<string, string>; body: string };

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/**
 * Decides the answer to a request on the app scheme: the console at `/`, the preview app at `/preview` and
 * `/wall`, the engine page at `/engine`, hashed assets from either build, nothing else. Pages carry the
 * Content-Security-Policy with their nonce; any other host, method or a path that climbs out of the build
 * folders is refused.
 */
export function planAppResponse(url: string, method: string, dirs: AppDirs, nonce: string): AppResponsePlan {
  const plain = { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' };
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: plain, body: 'read-only' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 404, headers: plain, body: 'not found' };
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN_URL) return { status: 403, headers: plain, body: 'not this app' };
  const pageHeaders = { ...COMMON_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': contentSecurityPolicy(nonce), 'Cache-Control': 'no-store' };
  if (parsed.pathname === '/engine') return { status: 200, headers: pageHeaders, body: ENGINE_PAGE };
  const file = resolveStaticFile(parsed.pathname, dirs);
  if (!file) return { status: 404, headers: plain, body: 'not found' };
  const page = file.endsWith('index.html');
  return { status: 200, headers: page ? pageHeaders : { ...COMMON_HEADERS, 'Content-Type': contentType(file) }, file, page };
}
