import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { PreferencesStore } from '@broadcast-core/preferences';
import { EngineActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting } from '@broadcast-core/testing';

import { CONSOLE_TRANSLATIONS } from '../console-translations';
import { TIME_PLOT_FACTORY } from '../stats/time-plot-factory';
import { PanelColumns } from './panel-columns';
import { PoppedPanel } from './popped-panel';

const NO_PLOTS = { provide: TIME_PLOT_FACTORY, useValue: () => ({ setData: () => undefined, setSize: () => undefined, destroy: () => undefined }) };

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, imports: [PoppedPanel], template: '<bc-popped-panel panelId="pk" />' })
class PoppedHost {}

describe('popping panels out and docking them back', () => {
  let opened: { close: jest.Mock; focus: jest.Mock; closed: boolean };
  let open: jest.SpyInstance;
  const popped = () => TestBed.inject(PreferencesStore).value().poppedPanels;

  beforeEach(() => {
    const t = setUpWindowTesting(CONSOLE_TRANSLATIONS, [NO_PLOTS, { provide: LiveAnnouncer, useValue: { announce: () => Promise.resolve() } }]);
    t.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 1, at: 0 }));
    opened = { close: jest.fn(), focus: jest.fn(), closed: false };
    open = jest.spyOn(window, 'open').mockReturnValue(opened as unknown as Window);
  });

  afterEach(() => open.mockRestore());

  describe('in the console', () => {
    let fixture: ComponentFixture<PanelColumns>;
    const el = (testId: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid=${testId}]`);

    beforeEach(async () => {
      fixture = await renderComponent(PanelColumns);
    });

    it('opens the panel in its own window with this window\'s query and leaves a place with Dock back', async () => {
      el('pop-out-pk')!.click();
      await fixture.whenStable();
      expect(open).toHaveBeenCalledWith(expect.stringMatching(/^\/\?(.*&)?panel=pk/), 'broadcaster-panel-pk', expect.any(String));
      expect(popped()).toEqual(['pk']);
      expect(el('popped-pk')).not.toBeNull();
      expect((fixture.nativeElement as HTMLElement).querySelector('bc-pk-panel')).toBeNull();
      expect(el('pk-panel')?.getAttribute('aria-labelledby')).toBe('pk-heading');
    });

    it('docks it back where it was and closes its window', async () => {
      el('pop-out-pk')!.click();
      await fixture.whenStable();
      el('dock-back-pk')!.click();
      await fixture.whenStable();
      expect(opened.close).toHaveBeenCalled();
      expect(popped()).toEqual([]);
      expect((fixture.nativeElement as HTMLElement).querySelector('bc-pk-panel')).not.toBeNull();
    });
  });

  it('docks a panel back when its window is closed, even one that never started', async () => {
    const fixture = await renderComponent(PanelColumns);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid=pop-out-pk]')!.click();
    expect(popped()).toEqual(['pk']);
    opened.closed = true;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(popped()).toEqual([]);
  });

  describe('in the popped window', () => {
    it('shows the one panel, says it is out, and docks it back when the window goes away', async () => {
      const fixture = await renderComponent(PoppedHost);
      const root = fixture.nativeElement as HTMLElement;
      expect(root.querySelector('section[aria-labelledby="pk-heading"] h2#pk-heading')).not.toBeNull();
      expect(root.querySelector('bc-pk-panel')).not.toBeNull();
      expect(popped()).toEqual(['pk']);
      window.dispatchEvent(new Event('pagehide'));
      expect(popped()).toEqual([]);
    });
  });
});
