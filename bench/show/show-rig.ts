// Everything the show benchmark runs: the browser host in this process (broker on this thread, the sandbox
// engine with the show's load in a worker thread), a bridge tool that enters the room and starts the camera as
// an operator would, and headless Chromium showing the preview and the wall.
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

import { SANDBOX_SDK_APP_ID, remoteStreamKey, type StreamKey } from '@broadcast-core/bridge';

import { distDir } from '../../electron/app-files/static-files';
import { startBrowserHost, type RunningHost } from '../../electron/browser-host/browser-host';
import { engineWorkerLauncher } from '../../electron/engine/pairs/worker-engine';
import { startConsoleSession, type ConsoleSession } from '../../electron/session/start-console-session';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium';
import { CONSOLE_USER, LOCAL_ENCODER, REMOTE_ANCHORS, SHOW_ROOM } from '../frames/show-load';
import { BridgeTool } from './bridge-tool';
import { CdpBrowser, type CdpPage } from './cdp-page';
import type { PageReport } from './paint-probe-page';
import { SHOW_APP_DIR } from './show-app-build';
import { ShowControl } from './show-control';

/** A page of the show: the preview or the wall. */
export type ShowPageName = 'preview' | 'wall';

/** Every view of the show: the page it is on, the stream it shows, the picture size the show sends. */
export const SHOW_VIEWS: readonly { page: ShowPageName; stream: StreamKey; width: number; height: number }[] = [
  { page: 'preview', stream: 'local', width: 1920, height: 1080 },
  // The wall's grid tiles ask for the small stream; an anchor without one sends its big stream there, as TRTC does.
  ...REMOTE_ANCHORS.map((a) => ({ page: 'wall' as const, stream: remoteStreamKey(a.userId, 'small'), width: a.width, height: a.height })),
];

/** Each window: a 1080p screen. */
const WINDOW = { width: 1920, height: 1080 };

/** The running show. */
export interface ShowRig {
  host: RunningHost;
  session: ConsoleSession;
  control: ShowControl;
  browser: Browser;
  pages: Record<ShowPageName, CdpPage>;
  /** Chromium's flags for this run. */
  chromiumArgs: string[];
  /** Starts a fresh measuring window in both pages. */
  resetProbes(): Promise<void>;
  /** What each page drew since the last reset. */
  readProbes(): Promise<Record<ShowPageName, PageReport>>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(test: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Bundles the page probe into one script to run before the app. */
async function probeScript(): Promise<string> {
  const result = await build({ entryPoints: [join(__dirname, 'paint-probe-page.ts')], bundle: true, write: false, format: 'iife', target: 'es2022', logLevel: 'silent' });
  return result.outputFiles[0].text;
}

/** Chromium's flags: the e2e tests' own, less any `!flag`, plus the others given. */
function chromiumArgsWith(extra: readonly string[]): string[] {
  const removed = new Set(extra.filter((a) => a.startsWith('!')).map((a) => a.slice(1)));
  return [...CHROMIUM_ARGS.filter((a) => !removed.has(a)), ...extra.filter((a) => !a.startsWith('!'))];
}

/** Starts the show: host, engine with the load, Chromium with both pages, the room entered and the camera on. */
export async function startShow(extraChromiumArgs: readonly string[], log: (line: string) => void): Promise<ShowRig> {
  const control = new ShowControl(); // before the worker starts: it reports once when its anchors are ready
  const session = startConsoleSession({
    engine: { kind: 'sandbox' },
    launcherFor: () => engineWorkerLauncher(join(__dirname, 'show-engine-worker'), {}),
  });
  const host = await startBrowserHost({ host: '127.0.0.1', port: 0, dirs: { console: distDir('console'), previewWindow: SHOW_APP_DIR }, session });
  const chromiumArgs = chromiumArgsWith(extraChromiumArgs);
  let browser: Browser | null = null;
  let cdp: CdpBrowser | null = null;
  const closeAll = async () => {
    await cdp?.close();
    await browser?.close().catch(() => undefined);
    await host.close();
    control.close();
  };
  try {
    const state = () => session.broker.snapshot().state;
    await until(() => state().engineInfo.status === 'ready', 'the engine worker to be ready');
    await until(() => control.anchorsReady, 'the anchors to be on air');

    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
    cdp = await CdpBrowser.open(browser);
    const script = await probeScript();
    const open = async (name: ShowPageName) => {
      const page = await cdp!.openPage(host.urls[name], WINDOW, script);
      await until(() => page.evaluate<boolean>(`!!document.querySelector('[data-testid=session-status]')`), `the ${name} page to start`);
      return page;
    };
    const pages = { preview: await open('preview'), wall: await open('wall') };

    // The operator's script: enter as anchor, set the 1080p30 camera, start it.
    const tool = await BridgeTool.connect(host.port, host.tokens.control);
    try {
      await tool.command({ type: 'enterRoom', params: { sdkAppId: SANDBOX_SDK_APP_ID, roomId: SHOW_ROOM, userId: CONSOLE_USER, role: 20 }, scene: 1 });
      await until(() => state().session.status === 'in-room', 'the console to enter the room');
      await tool.command({ type: 'setVideoEncoderParam', params: LOCAL_ENCODER });
      await tool.command({ type: 'startLocalPreview' });
    } finally {
      tool.close();
    }

    const read = async (): Promise<Record<ShowPageName, PageReport>> => {
      const [preview, wall] = await Promise.all([pages.preview.evaluate<PageReport>('showProbe.read()'), pages.wall.evaluate<PageReport>('showProbe.read()')]);
      return { preview, wall };
    };
    await until(async () => {
      const reports = await read();
      return SHOW_VIEWS.every((v) => (reports[v.page].streams[v.stream]?.width ?? 0) === v.width);
    }, 'every view to draw frames of the show size');
    log(`Show on air: ${SHOW_VIEWS.length} views (preview: local 1920x1080; wall: ${REMOTE_ANCHORS.length} remote anchors); Chromium ${browser.version()} ${chromiumArgs.join(' ')}`);

    return {
      host,
      session,
      control,
      browser,
      pages,
      chromiumArgs,
      resetProbes: async () => {
        await Promise.all([pages.preview.evaluate('showProbe.reset()'), pages.wall.evaluate('showProbe.reset()')]);
      },
      readProbes: read,
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

/** Clock offset of another thread, process or page against this thread: its `timeOrigin + now()` minus ours. */
export async function clockOffset(ask: () => Promise<number>): Promise<{ offsetMs: number; rttMs: number }> {
  const now = () => performance.timeOrigin + performance.now();
  let best = { offsetMs: NaN, rttMs: Infinity };
  for (let i = 0; i < 9; i++) {
    const t0 = now();
    const theirs = await ask();
    const t1 = now();
    if (t1 - t0 < best.rttMs) best = { offsetMs: theirs - (t0 + t1) / 2, rttMs: t1 - t0 };
  }
  return best;
}
