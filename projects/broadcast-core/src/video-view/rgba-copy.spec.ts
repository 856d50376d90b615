import type * as RgbaCopy from './rgba-copy';

/** A fresh copy of the module, so each case probes again. */
async function load(): Promise<typeof RgbaCopy> {
  let loaded: typeof RgbaCopy | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = await import('./rgba-copy');
  });
  return loaded!;
}

/** A VideoFrame whose copyTo writes `pixel` into every RGBA pixel (or does what `copy` says). */
function fakeVideoFrame(copy: (out: Uint8ClampedArray) => Promise<void>) {
  return class {
    copyTo(out: Uint8ClampedArray): Promise<void> {
      return copy(out);
    }
    close(): void {}
  };
}

const fill = (pixel: number[]) => (out: Uint8ClampedArray) => {
  for (let i = 0; i < out.length; i += 4) out.set(pixel, i);
  return Promise.resolve();
};

describe('copiesRgbaAtOnce', () => {
  afterEach(() => delete (globalThis as { VideoFrame?: unknown }).VideoFrame);

  it('is false without VideoFrame', async () => {
    expect((await load()).copiesRgbaAtOnce()).toBe(false);
  });

  it('is true when copyTo has written BT.601 red as opaque RGBA by the time it returns, and asks only once', async () => {
    const copy = jest.fn(fill([254, 0, 1, 255]));
    (globalThis as { VideoFrame?: unknown }).VideoFrame = fakeVideoFrame(copy);
    const { copiesRgbaAtOnce } = await load();
    expect(copiesRgbaAtOnce()).toBe(true);
    expect(copiesRgbaAtOnce()).toBe(true);
    expect(copy).toHaveBeenCalledTimes(1);
  });

  it('is false when the copy comes later', async () => {
    (globalThis as { VideoFrame?: unknown }).VideoFrame = fakeVideoFrame(async (out) => {
      await Promise.resolve();
      await fill([255, 0, 0, 255])(out);
    });
    expect((await load()).copiesRgbaAtOnce()).toBe(false);
  });

  it('is false when the browser ignores the format and copies the I420 planes, or shows other colours', async () => {
    (globalThis as { VideoFrame?: unknown }).VideoFrame = fakeVideoFrame((out) => (out.set([81, 81, 81, 81, 90, 240]), Promise.resolve()));
    expect((await load()).copiesRgbaAtOnce()).toBe(false);
    (globalThis as { VideoFrame?: unknown }).VideoFrame = fakeVideoFrame(fill([200, 30, 30, 255]));
    expect((await load()).copiesRgbaAtOnce()).toBe(false);
  });

  it('is false when copyTo throws, or the VideoFrame is no WebCodecs one', async () => {
    (globalThis as { VideoFrame?: unknown }).VideoFrame = fakeVideoFrame(() => {
      throw new TypeError('unknown format');
    });
    expect((await load()).copiesRgbaAtOnce()).toBe(false);
    (globalThis as { VideoFrame?: unknown }).VideoFrame = class {};
    expect((await load()).copiesRgbaAtOnce()).toBe(false);
  });
});
