import type { DesktopLayout } from '@broadcast-core/desktop';

import { describeDisplayChanges } from './display-changes';
import { BUILT_IN, DELL, desktopLayout } from './testing/fake-desktop-api';

const showing: DesktopLayout = desktopLayout({
  windows: {
    console: { open: true, displayId: BUILT_IN.id, mode: 'windowed' },
    preview: { open: false, displayId: DELL.id, mode: 'windowed' },
    wall: { open: true, displayId: DELL.id, mode: 'fullscreen' },
  },
});

describe('describeDisplayChanges', () => {
  it('says which display was unplugged and where each open window went', () => {
    const after = desktopLayout({
      displays: [BUILT_IN],
      windows: { ...showing.windows, wall: { open: true, displayId: BUILT_IN.id, mode: 'windowed' } },
    });
    expect(describeDisplayChanges(showing, after)).toEqual([
      { kind: 'disconnected', display: 'DELL U2720Q' },
      { kind: 'moved', window: 'wall', display: 'Built-in Retina Display', number: 1, mode: 'windowed' },
    ]);
  });

  it('says which display came back, and which window went back to it', () => {
    const before = desktopLayout({ displays: [BUILT_IN], windows: { ...showing.windows, wall: { open: true, displayId: BUILT_IN.id, mode: 'windowed' } } });
    expect(describeDisplayChanges(before, showing)).toEqual([
      { kind: 'connected', display: 'DELL U2720Q' },
      { kind: 'moved', window: 'wall', display: 'DELL U2720Q', number: 2, mode: 'fullscreen' },
    ]);
  });

  it('says nothing when only a window moved, or for the first layout', () => {
    const dragged = desktopLayout({ windows: { ...showing.windows, console: { open: true, displayId: DELL.id, mode: 'windowed' } } });
    expect(describeDisplayChanges(showing, dragged)).toEqual([]);
    expect(describeDisplayChanges(null, showing)).toEqual([]);
  });
});
