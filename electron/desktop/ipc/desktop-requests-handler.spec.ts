import type { DesktopLayout, SavedPreferences } from '@broadcast-core/desktop';

import { handleDesktopRequest as handle, type WindowControl } from './desktop-requests-handler';

/** Preferences saved by the requests of a spec. */
let saved: SavedPreferences[] = [];
const handleDesktopRequest = (raw: unknown, windows: WindowControl) => handle(raw, windows, (p) => saved.push(p));
beforeEach(() => (saved = []));

const LAYOUT: DesktopLayout = {
  displays: [{ id: 1, label: 'Main', primary: true, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, scaleFactor: 1 }],
  windows: { console: { open: true, displayId: 1, mode: 'windowed' }, preview: { open: false, displayId: null, mode: 'windowed' }, wall: { open: false, displayId: null, mode: 'windowed' } },
};

function control(): WindowControl & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    show: (name) => calls.push(`show ${name}`),
    hide: (name) => (calls.push(`hide ${name}`), name === 'wall'),
    place: (name, displayId, mode) => (calls.push(`place ${name} ${displayId} ${mode}`), displayId === 1),
    layout: () => LAYOUT,
  };
}

describe('handleDesktopRequest', () => {
  it('opens, focuses, closes and places windows, answering with the layout after', () => {
    const windows = control();
    expect(handleDesktopRequest({ type: 'openWindow', window: 'wall' }, windows)).toEqual({ ok: true, layout: LAYOUT });
    handleDesktopRequest({ type: 'focusWindow', window: 'console' }, windows);
    handleDesktopRequest({ type: 'closeWindow', window: 'wall' }, windows);
    handleDesktopRequest({ type: 'placeWindow', window: 'wall', displayId: 1, mode: 'fullscreen' }, windows);
    expect(handleDesktopRequest({ type: 'layout' }, windows)).toEqual({ ok: true, layout: LAYOUT });
    expect(windows.calls).toEqual(['show wall', 'show console', 'hide wall', 'place wall 1 fullscreen']);
  });

  it('saves the language and token URL a window sends, answering with the layout', () => {
    const windows = control();
    expect(handleDesktopRequest({ type: 'savePreferences', language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig' }, windows)).toEqual({ ok: true, layout: LAYOUT });
    expect(saved).toEqual([{ language: 'zh-CN', tokenUrl: 'https://sig.example.com/usersig' }]);
  });

  it('says why it refused: a display that is gone, a window that is not open', () => {
    const windows = control();
    expect(handleDesktopRequest({ type: 'placeWindow', window: 'preview', displayId: 7, mode: 'windowed' }, windows)).toEqual({
      ok: false,
      error: { reason: 'no-such-display', message: 'there is no display 7: it may have been unplugged' },
    });
    expect(handleDesktopRequest({ type: 'closeWindow', window: 'preview' }, windows)).toMatchObject({ ok: false, error: { reason: 'not-open' } });
  });

  it.each([
    [{ type: 'openWindow', window: 'console' }, 'window'],
    [{ type: 'placeWindow', window: 'wall', displayId: 1, mode: 'kiosk' }, 'mode'],
    [{ type: 'placeWindow', window: 'wall', displayId: 1.5, mode: 'windowed' }, 'displayId'],
    [{ type: 'quit' }, 'type'],
    [{ type: 'savePreferences', language: 'fr', tokenUrl: '' }, 'language'],
    [{ type: 'savePreferences', language: 'en', tokenUrl: 'javascript:alert(1)' }, 'tokenUrl'],
    [{ type: 'savePreferences', language: 'en' }, 'tokenUrl'],
    [{ type: 'layout', extra: 1 }, 'request'],
    [null, 'request'],
  ])('refuses a malformed request %j, naming %s, and does nothing', (request, field) => {
    const windows = control();
    const response = handleDesktopRequest(request, windows);
    expect(response).toMatchObject({ ok: false, error: { reason: 'invalid-request', message: expect.stringMatching(new RegExp(`^${field}`)) } });
    expect(windows.calls).toEqual([]);
    expect(saved).toEqual([]);
  });
});
