import type * as SoftwareRendering from './software-rendering';

/** A fresh copy of the module, so each case probes again. */
async function load(): Promise<typeof SoftwareRendering> {
  let loaded: typeof SoftwareRendering | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = await import('./software-rendering');
  });
  return loaded!;
}

const UNMASKED_RENDERER_WEBGL = 0x9246;

/** Makes canvases hand out a WebGL context naming `renderer` (or none), and records whether it was released. */
function webgl(renderer: string | null): { lost: jest.Mock } {
  const lost = jest.fn();
  const gl = {
    RENDERER: 0x1f01,
    getExtension: (name: string) => (name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL } : name === 'WEBGL_lose_context' ? { loseContext: lost } : null),
    getParameter: (p: number) => (p === UNMASKED_RENDERER_WEBGL ? renderer : 'WebKit WebGL'),
  };
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((type: string) => (type === 'webgl' && renderer !== null ? gl : null)) as unknown as HTMLCanvasElement['getContext']);
  return { lost };
}

describe('rendersInSoftware', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Microsoft Basic Render Driver',
  ])('is true for a software WebGL renderer: %s', async (renderer) => {
    const { lost } = webgl(renderer);
    expect((await load()).rendersInSoftware()).toBe(true);
    expect(lost).toHaveBeenCalled();
  });

  it('is false for a GPU, and asks once per page', async () => {
    webgl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)');
    const { rendersInSoftware } = await load();
    expect(rendersInSoftware()).toBe(false);
    (HTMLCanvasElement.prototype.getContext as jest.Mock).mockClear();
    expect(rendersInSoftware()).toBe(false);
    expect(HTMLCanvasElement.prototype.getContext).not.toHaveBeenCalled();
  });

  it('is true without WebGL at all', async () => {
    webgl(null);
    expect((await load()).rendersInSoftware()).toBe(true);
  });
});
