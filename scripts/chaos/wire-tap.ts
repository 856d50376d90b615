/**
 * Test instrumentation added to each Chromium page before its scripts run (not a product hook): it wraps
 * WebSocket so the run can read every text message the page's bridge socket received, in order, and close
 * that socket as a dropped network would. The page's transport reconnects by itself.
 */
export const WIRE_TAP = `(() => {
  const Native = window.WebSocket;
  const wire = [];
  let current = null;
  const load = Math.random().toString(36).slice(2) + Date.now().toString(36);
  window.__chaosWire = { take: () => ({ load, texts: wire.splice(0) }), drop: () => { if (current) { current.close(); return true; } return false; } };
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      current = this;
      this.addEventListener('message', (e) => { if (typeof e.data === 'string') wire.push(e.data); });
    }
  };
})();`;

/** What the tap exposes on `window`. */
export interface WireTap {
  /** This page load's id, and the text messages received since the last call, oldest first. */
  take(): { load: string; texts: string[] };
  /** Closes the page's bridge socket; false when it has none. */
  drop(): boolean;
}
