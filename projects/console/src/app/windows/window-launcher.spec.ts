import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions } from '@broadcast-core/room-state';
import { setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { DockedPreview } from './docked-preview';
import { WindowLauncher } from './window-launcher';
import { WINDOWS_TRANSLATIONS } from './windows-translations';

describe('WindowLauncher and DockedPreview', () => {
  let t: WindowTesting;
  let launcher: ComponentFixture<WindowLauncher>;
  let opened: { focus: jest.Mock; close: jest.Mock };
  let open: jest.SpyInstance;
  const q = (f: ComponentFixture<unknown>, id: string) => (f.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);

  beforeEach(async () => {
    t = setUpWindowTesting([WINDOWS_TRANSLATIONS]);
    opened = { focus: jest.fn(), close: jest.fn() };
    open = jest.spyOn(window, 'open').mockReturnValue(opened as unknown as Window);
    launcher = TestBed.createComponent(WindowLauncher);
    await launcher.whenStable();
  });

  afterEach(() => open.mockRestore());

  it('opens each window by name, so a second click focuses the same window', () => {
    q(launcher, 'open-wall')!.click();
    q(launcher, 'open-wall')!.click();
    expect(open).toHaveBeenCalledTimes(2);
    expect(open).toHaveBeenNthCalledWith(2, '/wall', 'broadcaster-wall');
    expect(opened.focus).toHaveBeenCalledTimes(2);
  });

  it('docking closes the preview window it opened, and popping out opens it again', async () => {
    q(launcher, 'open-preview')!.click();
    q(launcher, 'dock-preview')!.click();
    await launcher.whenStable();
    expect(opened.close).toHaveBeenCalled();
    expect(TestBed.inject(PreferencesStore).value().previewDocked).toBe(true);
    expect(q(launcher, 'open-preview')).toBeNull();
    q(launcher, 'pop-out-preview')!.click();
    await launcher.whenStable();
    expect(TestBed.inject(PreferencesStore).value().previewDocked).toBe(false);
    expect(open).toHaveBeenLastCalledWith('/preview', 'broadcaster-preview');
  });

  it('the docked preview shows the local stream while the camera runs, and no frozen picture once it stops', async () => {
    const docked = TestBed.createComponent(DockedPreview);
    await docked.whenStable();
    expect(q(docked, 'docked-preview')).toBeNull();
    expect(q(docked, 'docked-preview-off')?.textContent).toContain('Camera off');
    t.apply(ConsoleActions.localPreviewToggled({ started: true }), ConsoleActions.localMirrorSet({ mirror: true }));
    await docked.whenStable();
    expect(t.bridge.watched).toEqual(['local']);
    expect(q(docked, 'docked-preview')?.textContent).toContain('Waiting for the camera');
    q(docked, 'pop-out-preview-panel')!.click();
    // Moving the view never stops capture: no command goes to the engine.
    expect(t.bridge.commands).toEqual([]);
    t.apply(ConsoleActions.localPreviewToggled({ started: false }));
    await docked.whenStable();
    expect(q(docked, 'docked-preview')).toBeNull();
  });
});
