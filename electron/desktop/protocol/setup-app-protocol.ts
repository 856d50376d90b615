import { readFile } from 'node:fs/promises';

import { protocol } from 'electron';

import { newNonce, pageWithNonce } from '../../app-files/content-security-policy';
import type { AppDirs } from '../../app-files/static-files';
import { APP_SCHEME, planAppResponse } from './app-protocol';

/** Makes `app:` a standard, secure scheme (fetch, storage and modules work as on https); call before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true } },
  ]);
}

/** Serves the built apps on `app://broadcaster/`, each page with a fresh nonce in its Content-Security-Policy. */
export function setupAppProtocol(dirs: AppDirs): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const nonce = newNonce();
    const plan = planAppResponse(request.url, request.method, dirs, nonce);
    if (!('file' in plan)) return new Response(plan.body, { status: plan.status, headers: plan.headers });
    const bytes = await readFile(plan.file);
    const body = plan.page ? pageWithNonce(bytes.toString('utf8'), nonce) : bytes;
    return new Response(body, { status: 200, headers: plan.headers });
  });
}
