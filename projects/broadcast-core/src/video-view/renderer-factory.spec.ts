import { Canvas2dRenderer } from './canvas2d-renderer';
import { RendererUnavailableError, type I420Renderer, type RendererKind } from './i420-renderer';
import { NoRendererError, RENDERER_ORDER, createI420Renderer, type RendererConstructor } from './renderer-factory';
import { WebcodecsRenderer } from './webcodecs-renderer';

const renderer = (): I420Renderer => ({ draw: jest.fn(), dispose: jest.fn() });
const unavailable = (kind: RendererKind): RendererConstructor => () => {
  throw new RendererUnavailableError(kind, 'stubbed out');
};

describe('createI420Renderer', () => {
  const canvases: HTMLCanvasElement[] = [];
  const newCanvas = () => {
    const canvas = document.createElement('canvas');
    canvases.push(canvas);
    return canvas;
  };
  beforeEach(() => (canvases.length = 0));

  it('prefers the measured order: webcodecs, then canvas2d, then webgl', () => {
    expect(RENDERER_ORDER).toEqual(['webcodecs', 'canvas2d', 'webgl']);
  });

  it('takes the first kind in order when all are available', () => {
    const chosen = createI420Renderer(newCanvas, {
      constructors: { webgl: renderer, webcodecs: renderer, canvas2d: renderer },
      order: ['webgl', 'canvas2d', 'webcodecs'],
    });
    expect(chosen.kind).toBe('webgl');
    expect(chosen.canvas).toBe(canvases[0]);
  });

  it('falls back in order past kinds that are unavailable or throw, on a fresh canvas each time', () => {
    const tried: RendererKind[] = [];
    const track = (kind: RendererKind, make: RendererConstructor): RendererConstructor => (canvas) => {
      tried.push(kind);
      return make(canvas);
    };
    const chosen = createI420Renderer(newCanvas, {
      order: ['webcodecs', 'webgl', 'canvas2d'],
      constructors: {
        webcodecs: track('webcodecs', unavailable('webcodecs')),
        webgl: track('webgl', () => {
          throw new Error('shader did not compile');
        }),
        canvas2d: track('canvas2d', renderer),
      },
    });
    expect(tried).toEqual(['webcodecs', 'webgl', 'canvas2d']);
    expect(chosen.kind).toBe('canvas2d');
    // A canvas that handed out a WebGL context can never give a 2D one: the winner gets its own.
    expect(new Set(canvases).size).toBe(3);
    expect(chosen.canvas).toBe(canvases[2]);
  });

  it('skips excluded kinds without trying them', () => {
    const webcodecs = jest.fn(renderer);
    const chosen = createI420Renderer(newCanvas, {
      exclude: new Set<RendererKind>(['webcodecs']),
      constructors: { webgl: renderer, webcodecs, canvas2d: renderer },
    });
    expect(webcodecs).not.toHaveBeenCalled();
    expect(chosen.kind).toBe(RENDERER_ORDER.filter((k) => k !== 'webcodecs')[0]);
  });

  it('says why for each kind when none works', () => {
    const attempt = () =>
      createI420Renderer(newCanvas, {
        constructors: { webgl: unavailable('webgl'), webcodecs: unavailable('webcodecs'), canvas2d: unavailable('canvas2d') },
      });
    expect(attempt).toThrow(NoRendererError);
    try {
      attempt();
    } catch (err) {
      expect((err as NoRendererError).reasons.map((r) => r.kind)).toEqual([...RENDERER_ORDER]);
    }
  });

  describe('with the real renderers', () => {
    // jsdom has neither WebGL nor VideoFrame; its 2D context is stubbed per test.
    const fakeContext = { createImageData: jest.fn(), putImageData: jest.fn(), setTransform: jest.fn(), drawImage: jest.fn() };
    let getContext: jest.SpyInstance;
    beforeEach(() => {
      getContext = jest
        .spyOn(HTMLCanvasElement.prototype, 'getContext')
        .mockImplementation(((type: string) => (type === '2d' ? fakeContext : null)) as unknown as HTMLCanvasElement['getContext']);
    });
    afterEach(() => {
      getContext.mockRestore();
      delete (globalThis as { VideoFrame?: unknown }).VideoFrame;
    });

    it('falls back to canvas2d when there is no VideoFrame and no WebGL', () => {
      const chosen = createI420Renderer(newCanvas);
      expect(chosen.kind).toBe('canvas2d');
      expect(chosen.renderer).toBeInstanceOf(Canvas2dRenderer);
    });

    it('uses webcodecs once VideoFrame exists', () => {
      (globalThis as { VideoFrame?: unknown }).VideoFrame = class {};
      const chosen = createI420Renderer(newCanvas);
      expect(chosen.kind).toBe('webcodecs');
      expect(chosen.renderer).toBeInstanceOf(WebcodecsRenderer);
    });

    it('reports every kind unavailable when the canvas gives no context at all', () => {
      getContext.mockImplementation((() => null) as unknown as HTMLCanvasElement['getContext']);
      (globalThis as { VideoFrame?: unknown }).VideoFrame = class {};
      expect(() => createI420Renderer(newCanvas)).toThrow(/webcodecs renderer unavailable.*canvas2d renderer unavailable.*webgl renderer unavailable/);
    });
  });
});
