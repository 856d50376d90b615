import { CLOCK_LENGTH } from '../../common/media/clock-text';
import { I420Canvas } from '../../common/media/i420-canvas';
import { i420ByteLength } from '../../common/media/video-format';
import { shipPosition } from './game-painter';
import { paintSource } from './screen-picture-source';
import { SLIDE_COUNT, SLIDE_MS, slideNumberAt } from './slide-deck-painter';
import { findVirtualSource } from './virtual-sources';

function picture(sourceId: string, timestampMs: number, excluded: ReadonlySet<string> = new Set()): Uint8Array {
  const canvas = new I420Canvas(new Uint8Array(i420ByteLength(320, 180)), 320, 180);
  paintSource(canvas, findVirtualSource(sourceId)!, timestampMs, new Uint8Array(CLOCK_LENGTH), excluded);
  return canvas.data;
}

const differs = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;

describe('shared pictures', () => {
  it('advances the slide deck every SLIDE_MS and starts over after the last slide', () => {
    expect(slideNumberAt(0)).toBe(1);
    expect(slideNumberAt(SLIDE_MS - 1)).toBe(1);
    expect(slideNumberAt(SLIDE_MS)).toBe(2);
    expect(slideNumberAt(SLIDE_MS * SLIDE_COUNT)).toBe(1);
    expect(differs(picture('window-slides', 0), picture('window-slides', SLIDE_MS))).toBe(true);
  });

  it('shows a running clock on the slides: 1 s later the picture differs even on the same slide', () => {
    expect(differs(picture('window-slides', 1_000), picture('window-slides', 2_000))).toBe(true);
  });

  it('moves the game: the ship is elsewhere 100 ms later', () => {
    expect(shipPosition(0, 1280, 720)).not.toEqual(shipPosition(100, 1280, 720));
    expect(differs(picture('window-game', 0), picture('window-game', 100))).toBe(true);
  });

  it("leaves an excluded window out of a shared screen: the console's window is painted only when not excluded", () => {
    const withConsole = picture('screen-1', 0);
    const withoutConsole = picture('screen-1', 0, new Set(['window-console']));
    expect(differs(withConsole, withoutConsole)).toBe(true);
    expect(differs(withoutConsole, picture('window-slides', 0))).toBe(false);
  });
});
