import { TestBed } from '@angular/core/testing';

import { DESKTOP_API } from '@broadcast-core/desktop';
import { setUpWindowTesting } from '@broadcast-core/testing';

import { DesktopLayoutStore } from './desktop-layout-store';
import { BUILT_IN, DELL, FakeDesktopApi, desktopLayout, provideFakeDesktopApi } from './testing/fake-desktop-api';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('DesktopLayoutStore', () => {
  let api: FakeDesktopApi;
  let store: DesktopLayoutStore;

  beforeEach(async () => {
    api = new FakeDesktopApi();
    setUpWindowTesting([], [provideFakeDesktopApi(api)]);
    store = TestBed.inject(DesktopLayoutStore);
    await settle();
  });

  it('subscribes to the main process’s events once and reads the layout at start', () => {
    TestBed.inject(DesktopLayoutStore);
    expect(api.listenerCount).toBe(1);
    expect(api.requests).toEqual([{ type: 'layout' }]);
    expect(store.layout()?.displays).toEqual([BUILT_IN, DELL]);
    expect(store.displays().map((d) => d.label)).toEqual(['Built-in Retina Display', 'DELL U2720Q']);
    expect(store.numberOf(DELL.id)).toBe(2);
    expect(store.numberOf(99)).toBeNull();
  });

  it('follows layoutChanged events, and reports an unplugged display and where its window went', () => {
    api.emit({ type: 'layoutChanged', layout: desktopLayout({ windows: { ...desktopLayout().windows, wall: { open: true, displayId: DELL.id, mode: 'fullscreen' } } }) });
    expect(store.layout()?.windows.wall).toEqual({ open: true, displayId: DELL.id, mode: 'fullscreen' });
    // The operator's own placement is no news.
    expect(store.changes()).toEqual([]);
    api.emit({ type: 'layoutChanged', layout: desktopLayout({ displays: [BUILT_IN], windows: { ...desktopLayout().windows, wall: { open: true, displayId: BUILT_IN.id, mode: 'windowed' } } }) });
    expect(store.displays()).toEqual([BUILT_IN]);
    expect(store.changes()).toEqual([
      { kind: 'disconnected', display: 'DELL U2720Q' },
      { kind: 'moved', window: 'wall', display: 'Built-in Retina Display', number: 1, mode: 'windowed' },
    ]);
    store.dismissChanges();
    expect(store.changes()).toEqual([]);
  });

  it('takes the layout from an answer, and reads it again after a display vanished under a request', async () => {
    const placed = await store.request({ type: 'placeWindow', window: 'wall', displayId: DELL.id, mode: 'fullscreen' });
    expect(placed.ok).toBe(true);
    expect(store.layout()?.windows.wall.mode).toBe('fullscreen');
    api.layout = desktopLayout({ displays: [BUILT_IN] });
    const refused = await store.request({ type: 'placeWindow', window: 'preview', displayId: DELL.id, mode: 'fullscreen' });
    expect(refused).toEqual({ ok: false, error: { reason: 'no-such-display', message: expect.stringContaining('unplugged') } });
    await settle();
    expect(api.requests.at(-1)).toEqual({ type: 'layout' });
    expect(store.displays()).toEqual([BUILT_IN]);
  });

  it('answers a request that failed in transit as unanswered, never by throwing', async () => {
    api.windows.request = () => Promise.reject(new Error('main process gone'));
    await expect(store.request({ type: 'openWindow', window: 'wall' })).resolves.toEqual({
      ok: false,
      error: { reason: 'unanswered', message: 'main process gone' },
    });
  });

  it('stops listening when the window goes', () => {
    TestBed.resetTestingModule();
    expect(api.listenerCount).toBe(0);
  });
});

describe('DesktopLayoutStore in a browser', () => {
  it('holds no layout and sends nothing', async () => {
    setUpWindowTesting();
    expect(TestBed.inject(DESKTOP_API)).toBeNull();
    const store = TestBed.inject(DesktopLayoutStore);
    expect(store.layout()).toBeNull();
    expect(store.displays()).toEqual([]);
    expect((await store.request({ type: 'layout' })).ok).toBe(false);
  });
});
