import { TestBed } from '@angular/core/testing';

import { PreferencesStore } from '@broadcast-core/preferences';
import { BridgeClient } from '@broadcast-core/bridge-client';
import { FakeBridgeClient, setUpWindowTesting } from '@broadcast-core/testing';

import { FakeDesktopApi, provideFakeDesktopApi } from '../desktop/testing/fake-desktop-api';
import { ConsoleWindows } from './console-windows';
import { PreviewDock } from './preview-dock';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('ConsoleWindows in a browser', () => {
  let open: jest.SpyInstance;
  let opened: { focus: jest.Mock; close: jest.Mock };

  beforeEach(() => {
    setUpWindowTesting();
    opened = { focus: jest.fn(), close: jest.fn() };
    open = jest.spyOn(window, 'open').mockReturnValue(opened as unknown as Window);
  });

  afterEach(() => open.mockRestore());

  it('opens the preview and the wall with the view token once the broker gave one, so they can only watch', () => {
    const t = TestBed.inject(ConsoleWindows);
    const bridge = (TestBed.inject(BridgeClient) as unknown as FakeBridgeClient);
    bridge.viewToken.set('view/tok en');
    t.open('preview');
    expect(open).toHaveBeenCalledWith('/preview?token=view%2Ftok%20en', 'broadcaster-preview');
  });

  it('opens a named window and focuses it, and closes only the window it opened', () => {
    const windows = TestBed.inject(ConsoleWindows);
    windows.close('wall');
    expect(opened.close).not.toHaveBeenCalled();
    windows.open('wall');
    expect(open).toHaveBeenCalledWith('/wall', 'broadcaster-wall');
    expect(opened.focus).toHaveBeenCalled();
    windows.close('wall');
    expect(opened.close).toHaveBeenCalledTimes(1);
  });
});

describe('ConsoleWindows in the desktop app', () => {
  let api: FakeDesktopApi;
  let open: jest.SpyInstance;

  beforeEach(async () => {
    api = new FakeDesktopApi();
    setUpWindowTesting([], [provideFakeDesktopApi(api)]);
    open = jest.spyOn(window, 'open');
    await settle();
  });

  afterEach(() => open.mockRestore());

  it('asks the window manager to open (or focus) and close the preview and wall, never window.open', async () => {
    const windows = TestBed.inject(ConsoleWindows);
    windows.open('wall');
    windows.open('wall');
    windows.close('wall');
    // Closing a window already closed is no error.
    windows.close('preview');
    await settle();
    expect(api.actions()).toEqual([
      { type: 'openWindow', window: 'wall' },
      { type: 'openWindow', window: 'wall' },
      { type: 'closeWindow', window: 'wall' },
      { type: 'closeWindow', window: 'preview' },
    ]);
    expect(open).not.toHaveBeenCalled();
  });

  it('keeps PreviewDock working: docking closes the preview window, popping out opens it', async () => {
    const dock = TestBed.inject(PreviewDock);
    dock.popOut();
    await settle();
    expect(api.layout.windows.preview.open).toBe(true);
    dock.dock();
    await settle();
    expect(TestBed.inject(PreferencesStore).value().previewDocked).toBe(true);
    expect(api.layout.windows.preview.open).toBe(false);
    expect(api.actions()).toEqual([
      { type: 'openWindow', window: 'preview' },
      { type: 'closeWindow', window: 'preview' },
    ]);
  });
});
