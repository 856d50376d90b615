import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { By } from '@angular/platform-browser';

import { PREFERENCES_KEY, PreferencesStore } from '@broadcast-core/preferences';
import { EngineActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { CONSOLE_TRANSLATIONS } from '../console-translations';
import { TIME_PLOT_FACTORY } from '../stats/time-plot-factory';
import { CONSOLE_PANELS } from './console-panels';
import { PanelColumns } from './panel-columns';

const NO_PLOTS = { provide: TIME_PLOT_FACTORY, useValue: () => ({ setData: () => undefined, setSize: () => undefined, destroy: () => undefined }) };

describe('the docked panels', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<PanelColumns>;
  let announce: jest.Mock;
  const root = () => fixture.nativeElement as HTMLElement;
  /** The panel ids shown in each column, top to bottom. */
  const shown = () =>
    [...root().querySelectorAll('[data-testid^=panel-column-]')].map((column) =>
      [...column.querySelectorAll('bc-panel-dock')].map((dock) => dock.getAttribute('data-panel')),
    );
  const press = async (id: string, key: string, altKey = true) => {
    root().querySelector<HTMLElement>(`[data-testid=move-${id}]`)!.dispatchEvent(new KeyboardEvent('keydown', { key, altKey, bubbles: true }));
    await fixture.whenStable();
  };

  beforeEach(() => {
    announce = jest.fn().mockResolvedValue(undefined);
    t = setUpWindowTesting(CONSOLE_TRANSLATIONS, [NO_PLOTS, { provide: LiveAnnouncer, useValue: { announce } }]);
    t.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 1, at: 0 }));
  });

  it('shows every panel in its default column, each a section labelled by its heading', async () => {
    fixture = await renderComponent(PanelColumns);
    const expected = [0, 1, 2].map((c) => CONSOLE_PANELS.filter((p) => p.column === c).map((p) => p.id));
    expect(shown()).toEqual(expected);
    for (const panel of CONSOLE_PANELS) {
      const section = root().querySelector(`section[aria-labelledby="${panel.id}-heading"]`);
      expect(section?.querySelector(`h2#${panel.id}-heading`)).not.toBeNull();
    }
  });

  it('leaves the sandbox panel out on Tencent\'s cloud', async () => {
    t.apply(EngineActions.engineReady({ kind: 'trtc', sdkVersion: '13.3.801', generation: 2, at: 1 }));
    fixture = await renderComponent(PanelColumns);
    expect(shown().flat()).not.toContain('sandbox');
  });

  it('folds a panel to its header and back, and remembers it', async () => {
    fixture = await renderComponent(PanelColumns);
    const fold = () => root().querySelector<HTMLButtonElement>('[data-testid=fold-pk]')!;
    fold().click();
    await fixture.whenStable();
    expect(fold().getAttribute('aria-expanded')).toBe('false');
    expect(root().querySelector('bc-pk-panel')).toBeNull();
    expect(TestBed.inject(PreferencesStore).value().panelLayout?.collapsed).toEqual(['pk']);
    fold().click();
    await fixture.whenStable();
    expect(root().querySelector('bc-pk-panel')).not.toBeNull();
  });

  it('reorders and moves panels between columns by dragging', async () => {
    fixture = await renderComponent(PanelColumns);
    const lists = fixture.debugElement.queryAll(By.directive(CdkDropList)).map((d) => d.injector.get(CdkDropList));
    const drop = (from: number, to: number, id: string, currentIndex: number) =>
      lists[to].dropped.emit({ item: { data: id }, container: lists[to], previousContainer: lists[from], currentIndex, previousIndex: 0 } as unknown as CdkDragDrop<number, number, string>);
    drop(0, 0, 'co-anchoring', 0);
    await fixture.whenStable();
    expect(shown()[0]).toEqual(['co-anchoring', 'session', 'media', 'mixer', 'music']);
    drop(2, 0, 'stats', 1);
    await fixture.whenStable();
    expect(shown()[0]).toEqual(['co-anchoring', 'stats', 'session', 'media', 'mixer', 'music']);
    expect(shown()[2]).not.toContain('stats');
    expect(announce).toHaveBeenLastCalledWith('Live statistics: column 1, position 2');
  });

  it('moves a panel with Alt+arrows on its header and announces where it went', async () => {
    fixture = await renderComponent(PanelColumns);
    await press('media', 'ArrowUp');
    expect(shown()[0]).toEqual(['media', 'session', 'mixer', 'music', 'co-anchoring']);
    await press('media', 'ArrowRight');
    expect(shown()[1][0]).toBe('media');
    expect(announce).toHaveBeenLastCalledWith(expect.stringContaining('column 2, position 1'));
    await press('media', 'ArrowDown', false);
    expect(shown()[1][0]).toBe('media');
  });

  it('falls back to the default layout when the saved one is corrupt, and says so', async () => {
    TestBed.resetTestingModule();
    t = setUpWindowTesting(CONSOLE_TRANSLATIONS, [NO_PLOTS]);
    t.storage.setItem(PREFERENCES_KEY, JSON.stringify({ panelLayout: { columns: 'nonsense' } }));
    t.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 1, at: 0 }));
    fixture = await renderComponent(PanelColumns);
    expect(shown()[0]).toEqual(['session', 'media', 'mixer', 'music', 'co-anchoring']);
    expect(TestBed.inject(PreferencesStore).problems()[0]).toContain('panelLayout');
  });
});
