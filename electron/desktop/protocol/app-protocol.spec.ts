import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { AppDirs } from '../../app-files/static-files';
import { ENGINE_PAGE, PAGE_URLS, planAppResponse } from './app-protocol';

describe('planAppResponse', () => {
  let dirs: AppDirs;
  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), 'bc-app-protocol-'));
    dirs = { console: join(root, 'console'), previewWindow: join(root, 'preview') };
    mkdirSync(dirs.console);
    mkdirSync(dirs.previewWindow);
    writeFileSync(join(dirs.console, 'index.html'), '<bc-root></bc-root>');
    writeFileSync(join(dirs.console, 'main-AAA.js'), '');
    writeFileSync(join(dirs.previewWindow, 'index.html'), '<bc-root></bc-root>');
    writeFileSync(join(root, 'secret.txt'), 'no');
  });

  it('serves each window’s page with a strict policy carrying the nonce, and never caches it', () => {
    for (const [url, dir] of [[PAGE_URLS.console, 'console'], [PAGE_URLS.preview, 'preview'], [PAGE_URLS.wall, 'preview']] as const) {
      const plan = planAppResponse(url, 'GET', dirs, 'n0nce=');
      expect(plan).toMatchObject({ status: 200, page: true, file: join(dir === 'console' ? dirs.console : dirs.previewWindow, 'index.html') });
      expect(plan.headers['Content-Security-Policy']).toContain("style-src 'self' 'nonce-n0nce='");
      expect(plan.headers['Cache-Control']).toBe('no-store');
    }
  });

  it('serves the engine page from memory, and assets without a page policy', () => {
    expect(planAppResponse(PAGE_URLS.engine, 'GET', dirs, 'x')).toMatchObject({ status: 200, body: ENGINE_PAGE });
    const asset = planAppResponse('app://broadcaster/main-AAA.js', 'GET', dirs, 'x');
    expect(asset).toMatchObject({ status: 200, page: false, headers: { 'Content-Type': expect.stringMatching(/javascript/) } });
  });

  it('refuses other hosts, writes, missing files and any way out of the build folders', () => {
    expect(planAppResponse('app://elsewhere/', 'GET', dirs, 'x').status).toBe(403);
    expect(planAppResponse('https://broadcaster/', 'GET', dirs, 'x').status).toBe(403);
    expect(planAppResponse(PAGE_URLS.console, 'POST', dirs, 'x').status).toBe(405);
    expect(planAppResponse('app://broadcaster/missing.js', 'GET', dirs, 'x').status).toBe(404);
    expect(planAppResponse('app://broadcaster/../secret.txt', 'GET', dirs, 'x').status).toBe(404);
    expect(planAppResponse('app://broadcaster/%2e%2e/secret.txt', 'GET', dirs, 'x').status).toBe(404);
    expect(planAppResponse('::not a url', 'GET', dirs, 'x').status).toBe(404);
  });
});
