import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Where the built apps live: the console, and the preview/wall app. */
export interface AppDirs {
  console: string;
  previewWindow: string;
}

/** The two Angular applications, in build order. */
export const APPS = ['console', 'preview-window'] as const;
/** One of the Angular applications. */
export type AppName = (typeof APPS)[number];

/** The repository root, as seen from this file. */
const REPOSITORY_ROOT = resolve(__dirname, '..', '..');

/** Browser output of an app (Angular's default layout: dist/<app>/browser); the build writes it, the hosts serve it. */
export function distDir(app: AppName, root = REPOSITORY_ROOT): string {
  return join(root, 'dist', app, 'browser');
}

/** Both apps' build folders. */
export function appDirs(root = REPOSITORY_ROOT): AppDirs {
  return { console: distDir('console', root), previewWindow: distDir('preview-window', root) };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** The content type for a file name. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/** Page routes of the preview-window app. */
const PREVIEW_ROUTES = new Set(['/preview', '/wall']);

/**
 * Maps a request path to a file: the console at `/`, the preview app at
 * `/preview` and `/wall`, and hashed assets from either build. Returns null for
 * anything else, including attempts to climb out of the build folders.
 */
export function resolveStaticFile(pathname: string, dirs: AppDirs): string | null {
  if (pathname === '/' || pathname === '/index.html') return join(dirs.console, 'index.html');
  if (PREVIEW_ROUTES.has(pathname.replace(/\/$/, ''))) return join(dirs.previewWindow, 'index.html');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const root of [dirs.console, dirs.previewWindow]) {
    const file = normalize(join(root, decoded));
    if (!file.startsWith(root + sep)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}
