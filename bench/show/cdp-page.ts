// A page driven over a raw DevTools session, not as a Playwright Page: Playwright enables the Network domain on
// every page it attaches to, and Chromium then copies every WebSocket frame, base64-encoded, to DevTools; with the
// show's video on the bridge that capped a page at about 40 MB/s instead of 400 (measured here). So the show's pages
// live in a browser context Playwright does not know (it detaches from those) and are driven through the
// browser-level CDPSession with Target.sendMessageToTarget: only the domains asked for below are ever enabled.
import { writeFileSync } from 'node:fs';
import type { Browser, CDPSession } from 'playwright-core';

/** What a page session can do: send one DevTools command and get its result. */
export interface PageSession {
  send<T = unknown>(method: string, params?: object): Promise<T>;
}

interface TargetMessage {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/** One browser-level DevTools session, routing the messages of the pages attached through it. */
export class CdpBrowser {
  private readonly routes = new Map<string, (message: TargetMessage) => void>();

  private constructor(
    private readonly session: CDPSession,
    private readonly contextId: string,
  ) {
    session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      this.routes.get(event.sessionId)?.(JSON.parse(event.message) as TargetMessage);
    });
  }

  /** A DevTools session on `browser` with a fresh browser context of its own. */
  static async open(browser: Browser): Promise<CdpBrowser> {
    const session = await browser.newBrowserCDPSession();
    const { browserContextId } = await session.send('Target.createBrowserContext', {});
    return new CdpBrowser(session, browserContextId);
  }

  /** Opens `url` in a window of this size, with `initScript` run in every document before the page's own scripts. */
  async openPage(url: string, size: { width: number; height: number }, initScript: string): Promise<CdpPage> {
    const { targetId } = await this.session.send('Target.createTarget', { url: 'about:blank', browserContextId: this.contextId, newWindow: true, width: size.width, height: size.height });
    const { sessionId } = await this.session.send('Target.attachToTarget', { targetId, flatten: false });
    const waiting = new Map<number, (message: TargetMessage) => void>();
    this.routes.set(sessionId, (message) => {
      if (message.id !== undefined) waiting.get(message.id)?.(message);
    });
    let next = 1;
    const session: PageSession = {
      send: <T>(method: string, params: object = {}) =>
        new Promise<T>((resolve, reject) => {
          const id = next++;
          waiting.set(id, (message) => {
            waiting.delete(id);
            if (message.error) reject(new Error(`${method}: ${message.error.message}`));
            else resolve(message.result as T);
          });
          this.session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
        }),
    };
    await session.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: 1, mobile: false });
    await session.send('Page.enable'); // init scripts run only with the Page domain on
    await session.send('Page.addScriptToEvaluateOnNewDocument', { source: initScript });
    await session.send('Page.navigate', { url });
    return new CdpPage(session);
  }

  /** Closes the context and its pages. */
  async close(): Promise<void> {
    await this.session.send('Target.disposeBrowserContext', { browserContextId: this.contextId }).catch(() => undefined);
    await this.session.detach().catch(() => undefined);
  }
}

/** A page of a CdpBrowser. */
export class CdpPage {
  constructor(
    /** Its DevTools session. */
    readonly session: PageSession,
  ) {}

  /** Evaluates an expression in the page (awaiting a promise) and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.session.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
    );
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  /** Saves a PNG of the page as it is shown now. */
  async screenshot(path: string): Promise<void> {
    const { data } = await this.session.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }
}
