import type { DecodedFrame } from '../bridge/frame-codec';
import { BT601_LIMITED, RGBA_COPY } from './rgba-copy';
import { WebcodecsRenderer } from './webcodecs-renderer';

/** What a fake VideoFrame's copyTo does: write at once (as Chromium does for frames in memory), later, or throw. */
type CopyMode = 'at-once' | 'later' | 'throws';

/** Everything the fakes saw, in order. */
let calls: string[];
let copyMode: CopyMode;
/** Copies left to finish (mode `later`). */
let pendingCopies: (() => void)[];

class FakeVideoFrame {
  readonly codedWidth: number;
  readonly codedHeight: number;
  constructor(
    readonly data: Uint8Array,
    readonly init: VideoFrameBufferInit,
  ) {
    this.codedWidth = init.codedWidth;
    this.codedHeight = init.codedHeight;
    calls.push(`frame ${init.codedWidth}x${init.codedHeight}`);
  }
  copyTo(destination: Uint8ClampedArray, options: VideoFrameCopyToOptions): Promise<void> {
    calls.push(`copyTo ${options.format} ${options.colorSpace} into ${destination.length}`);
    const write = () => destination.fill(255);
    if (copyMode === 'throws') throw new TypeError('no RGBA here');
    if (copyMode === 'at-once') {
      write();
      return Promise.resolve();
    }
    return new Promise((resolve) => pendingCopies.push(() => (write(), resolve())));
  }
  close(): void {
    calls.push('close');
  }
}

const context = {
  createImageData: (w: number, h: number) => {
    calls.push(`createImageData ${w}x${h}`);
    return { width: w, height: h, data: new Uint8ClampedArray(w * h * 4) };
  },
  putImageData: (image: { width: number }, x: number, y: number) => calls.push(`put ${image.width} at ${x},${y}`),
  setTransform: (...m: number[]) => calls.push(`transform ${m.join(',')}`),
  drawImage: (_: unknown, ...at: number[]) => calls.push(`drawImage ${at.join(',')}`),
};

function frame(width: number, height: number, rotation = 0): DecodedFrame {
  return { stream: 'local', width, height, rotation, timestamp: 33.4, frameNo: 1, data: new Uint8Array(width * height * 1.5) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('WebcodecsRenderer', () => {
  let canvas: HTMLCanvasElement;
  let getContext: jest.SpyInstance;
  beforeEach(() => {
    calls = [];
    copyMode = 'at-once';
    pendingCopies = [];
    (globalThis as { VideoFrame?: unknown }).VideoFrame = FakeVideoFrame;
    getContext = jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockImplementation(((type: string) => (type === '2d' ? context : null)) as unknown as HTMLCanvasElement['getContext']);
    canvas = document.createElement('canvas');
  });
  afterEach(() => {
    getContext.mockRestore();
    delete (globalThis as { VideoFrame?: unknown }).VideoFrame;
  });

  it('wraps the planes as BT.601 limited range with the timestamp in microseconds', () => {
    let init: VideoFrameBufferInit | undefined;
    (globalThis as { VideoFrame?: unknown }).VideoFrame = class extends FakeVideoFrame {
      constructor(data: Uint8Array, i: VideoFrameBufferInit) {
        super(data, i);
        init = i;
      }
    };
    new WebcodecsRenderer(canvas, true).draw(frame(4, 2));
    expect(init).toEqual({ format: 'I420', codedWidth: 4, codedHeight: 2, timestamp: 33400, colorSpace: BT601_LIMITED });
    expect(RGBA_COPY).toEqual({ format: 'RGBA', colorSpace: 'srgb' });
  });

  it('puts upright frames as RGBA copies into one reused buffer, closing each frame, with no drawImage', () => {
    const renderer = new WebcodecsRenderer(canvas, true);
    renderer.draw(frame(4, 2));
    renderer.draw(frame(4, 2));
    expect(calls).toEqual([
      'frame 4x2', 'createImageData 4x2', 'copyTo RGBA srgb into 32', 'close', 'put 4 at 0,0',
      'frame 4x2', 'copyTo RGBA srgb into 32', 'close', 'put 4 at 0,0',
    ]);
    expect([canvas.width, canvas.height]).toEqual([4, 2]);
  });

  it('takes a new buffer and canvas size when the frame size changes', () => {
    const renderer = new WebcodecsRenderer(canvas, true);
    renderer.draw(frame(4, 2));
    renderer.draw(frame(6, 4));
    expect(calls.filter((c) => c.startsWith('createImageData'))).toEqual(['createImageData 4x2', 'createImageData 6x4']);
    expect([canvas.width, canvas.height]).toEqual([6, 4]);
  });

  it('draws turned frames with drawImage and the transform of their rotation, on a turned canvas', () => {
    const renderer = new WebcodecsRenderer(canvas, true);
    renderer.draw(frame(4, 2, 1));
    expect(calls).toEqual(['frame 4x2', 'transform 0,1,-1,0,2,0', 'drawImage 0,0,4,2', 'close']);
    expect([canvas.width, canvas.height]).toEqual([2, 4]);
    calls = [];
    renderer.draw(frame(4, 2, 2));
    renderer.draw(frame(4, 2, 3));
    expect(calls.filter((c) => c.startsWith('transform'))).toEqual(['transform -1,0,0,-1,4,2', 'transform 0,-1,1,0,0,4']);
  });

  it('draws upright frames with drawImage when copies are off (a GPU converts them)', () => {
    new WebcodecsRenderer(canvas, false).draw(frame(4, 2));
    expect(calls).toEqual(['frame 4x2', 'transform 1,0,0,1,0,0', 'drawImage 0,0,4,2', 'close']);
  });

  it('decides by itself from the page: no GPU found (jsdom has no WebGL) and a fake copyTo that converts red', () => {
    (globalThis as { VideoFrame?: unknown }).VideoFrame = class extends FakeVideoFrame {
      override copyTo(destination: Uint8ClampedArray, options: VideoFrameCopyToOptions): Promise<void> {
        const done = super.copyTo(destination, options);
        for (let i = 0; i < destination.length; i += 4) destination.set([255, 0, 0, 255], i);
        return done;
      }
    };
    new WebcodecsRenderer(canvas).draw(frame(4, 2));
    expect(calls).toContain('put 4 at 0,0');
  });

  it('puts a copy that finishes later once it is done, unless a newer frame was drawn meanwhile', async () => {
    copyMode = 'later';
    const renderer = new WebcodecsRenderer(canvas, true);
    renderer.draw(frame(4, 2));
    expect(calls).toEqual(['frame 4x2', 'createImageData 4x2', 'copyTo RGBA srgb into 32']);
    pendingCopies.shift()!();
    await settle();
    expect(calls.slice(3)).toEqual(['put 4 at 0,0', 'close']);

    calls = [];
    renderer.draw(frame(4, 2)); // outrun by the next one
    renderer.draw(frame(4, 2));
    // The second copy may not write into the buffer the first is still filling.
    expect(calls.filter((c) => c.startsWith('createImageData'))).toHaveLength(2);
    pendingCopies.shift()!();
    pendingCopies.shift()!();
    await settle();
    expect(calls.filter((c) => c.startsWith('put'))).toHaveLength(1);
    expect(calls.filter((c) => c === 'close')).toHaveLength(2);
  });

  it('falls back to drawImage for good when copyTo throws', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    copyMode = 'throws';
    const renderer = new WebcodecsRenderer(canvas, true);
    renderer.draw(frame(4, 2));
    renderer.draw(frame(4, 2));
    expect(calls.filter((c) => c.startsWith('copyTo') || c.startsWith('drawImage') || c === 'close')).toEqual([
      'copyTo RGBA srgb into 32', 'drawImage 0,0,4,2', 'close', 'drawImage 0,0,4,2', 'close',
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('puts nothing once disposed, even a copy that finishes afterwards', async () => {
    copyMode = 'later';
    const renderer = new WebcodecsRenderer(canvas, true);
    renderer.draw(frame(4, 2));
    renderer.dispose();
    pendingCopies.shift()!();
    await settle();
    expect(calls.some((c) => c.startsWith('put'))).toBe(false);
    expect(calls).toContain('close');
  });
});
