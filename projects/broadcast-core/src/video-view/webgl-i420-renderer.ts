import type { DecodedFrame } from '../bridge/frame-codec';
import { quarterTurns, rotatedSize, sizeCanvas } from './frame-rotation';
import { RendererUnavailableError, type I420Renderer } from './i420-renderer';
import { I420_FRAGMENT_SHADER, I420_VERTEX_SHADER } from './i420-shaders';

// WebGL2 constants, so WebGL1 contexts type-check against the same calls.
const R8 = 0x8229;
const RED = 0x1903;

const CONTEXT_OPTIONS: WebGLContextAttributes = {
  alpha: false,
  antialias: false,
  depth: false,
  stencil: false,
  premultipliedAlpha: false,
  preserveDrawingBuffer: false,
};

// The quad as a triangle strip: screen corners top-left, bottom-left, top-right, bottom-right.
const POSITIONS = [-1, 1, -1, -1, 1, 1, 1, -1];
// Texture coordinates of those corners per quarter turn (t = 0 is the frame's first row): the screen
// shows the frame turned clockwise, so each corner samples the frame corner that turned into it.
const TEX_COORDS: Record<0 | 1 | 2 | 3, number[]> = {
  0: [0, 0, 0, 1, 1, 0, 1, 1],
  1: [0, 1, 1, 1, 0, 0, 1, 0],
  2: [1, 1, 1, 0, 0, 1, 0, 0],
  3: [1, 0, 0, 0, 1, 1, 0, 1],
};

/**
 * Uploads the Y, U and V planes as three single-channel textures (R8 on WebGL2,
 * LUMINANCE on WebGL1) and converts to RGB in a fragment shader (BT.601 limited range).
 */
export class WebglI420Renderer implements I420Renderer {
  private readonly gl: WebGLRenderingContext;
  private readonly webgl2: boolean;
  private readonly program: WebGLProgram;
  private readonly positions: WebGLBuffer;
  private readonly texCoords: WebGLBuffer;
  private readonly textures: WebGLTexture[];
  private textureWidth = 0;
  private textureHeight = 0;
  private turns = -1;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const gl2 = canvas.getContext('webgl2', CONTEXT_OPTIONS);
    const gl = (gl2 as WebGLRenderingContext | null) ?? canvas.getContext('webgl', CONTEXT_OPTIONS);
    if (!gl) throw new RendererUnavailableError('webgl', 'no WebGL context on this canvas');
    this.gl = gl;
    this.webgl2 = gl2 !== null;
    this.program = linkProgram(gl, I420_VERTEX_SHADER, I420_FRAGMENT_SHADER);
    gl.useProgram(this.program);

    this.positions = this.attribute('a_position');
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(POSITIONS), gl.STATIC_DRAW);
    this.texCoords = this.attribute('a_texCoord'); // filled per rotation in draw()

    this.textures = (['u_y', 'u_u', 'u_v'] as const).map((name, unit) => {
      const texture = gl.createTexture();
      gl.activeTexture(gl.TEXTURE0 + unit);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      // Non-power-of-two sizes need clamping and no mipmaps on WebGL1.
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      gl.uniform1i(gl.getUniformLocation(this.program, name), unit);
      return texture;
    });
    // Plane rows are tightly packed, including odd widths.
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  }

  /** Uploads the planes and draws one frame upright. */
  draw(frame: DecodedFrame): void {
    const gl = this.gl;
    // A lost context draws nothing silently; throwing lets the view fall back to another renderer.
    if (gl.isContextLost()) throw new Error('WebGL context lost');
    const { width: w, height: h, data } = frame;
    const cw = (w + 1) >> 1;
    const ch = (h + 1) >> 1;
    const size = rotatedSize(w, h, frame.rotation);
    sizeCanvas(this.canvas, size.width, size.height);
    gl.viewport(0, 0, size.width, size.height);

    const turns = quarterTurns(frame.rotation);
    if (turns !== this.turns) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.texCoords);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(TEX_COORDS[turns]), gl.STATIC_DRAW);
      this.turns = turns;
    }

    const resize = w !== this.textureWidth || h !== this.textureHeight;
    this.upload(0, w, h, data.subarray(0, w * h), resize);
    this.upload(1, cw, ch, data.subarray(w * h, w * h + cw * ch), resize);
    this.upload(2, cw, ch, data.subarray(w * h + cw * ch, w * h + 2 * cw * ch), resize);
    this.textureWidth = w;
    this.textureHeight = h;
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
  }

  /** Deletes the GL objects and releases the context at once (browsers cap live contexts at about 16). */
  dispose(): void {
    const gl = this.gl;
    for (const texture of this.textures) gl.deleteTexture(texture);
    gl.deleteBuffer(this.positions);
    gl.deleteBuffer(this.texCoords);
    gl.deleteProgram(this.program);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }

  /** Creates a buffer bound to a vec2 attribute; the buffer stays bound for filling. */
  private attribute(name: string): WebGLBuffer {
    const gl = this.gl;
    const buffer = gl.createBuffer();
    const location = gl.getAttribLocation(this.program, name);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, 2, gl.FLOAT, false, 0, 0);
    return buffer;
  }

  private upload(unit: number, width: number, height: number, plane: Uint8Array, resize: boolean): void {
    const gl = this.gl;
    const format = this.webgl2 ? RED : gl.LUMINANCE;
    gl.activeTexture(gl.TEXTURE0 + unit);
    gl.bindTexture(gl.TEXTURE_2D, this.textures[unit]);
    // Allocate on a size change only; texSubImage2D reuses the storage (measured a little faster).
    if (resize) gl.texImage2D(gl.TEXTURE_2D, 0, this.webgl2 ? R8 : gl.LUMINANCE, width, height, 0, format, gl.UNSIGNED_BYTE, plane);
    else gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, width, height, format, gl.UNSIGNED_BYTE, plane);
  }
}

function linkProgram(gl: WebGLRenderingContext, vertexSource: string, fragmentSource: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertexSource],
    [gl.FRAGMENT_SHADER, fragmentSource],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) throw new Error('WebGL could not create a shader');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`shader did not compile: ${gl.getShaderInfoLog(shader)}`);
    gl.attachShader(program, shader);
    gl.deleteShader(shader); // freed with the program
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`shader program did not link: ${gl.getProgramInfoLog(program)}`);
  return program;
}
