/** How WebGL names renderers that run on the CPU (SwiftShader, Mesa's llvmpipe and softpipe, Windows' basic renderer). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let probed: boolean | undefined;

/**
 * Whether this page draws without a GPU: the renderer a WebGL context reports is a software one, or there is no
 * WebGL at all. Asked once per page; the probe's context is released at once (browsers cap live contexts).
 */
export function rendersInSoftware(): boolean {
  if (probed === undefined) probed = probe();
  return probed;
}

function probe(): boolean {
  if (typeof document === 'undefined') return true;
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return true;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return SOFTWARE_RENDERER.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
