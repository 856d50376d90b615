/** Passes the quad corner through and hands its texture coordinate to the fragment shader. */
export const I420_VERTEX_SHADER = `
attribute vec2 a_position;
attribute vec2 a_texCoord;
varying vec2 v_texCoord;
void main() {
  v_texCoord = a_texCoord;
  gl_Position = vec4(a_position, 0.0, 1.0);
}`;

/** BT.601 limited-range YUV to RGB from three single-channel textures (the value is in .r for R8 and LUMINANCE). */
export const I420_FRAGMENT_SHADER = `
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float; // mediump texture coordinates blur 1080p rows on some GPUs
#else
precision mediump float;
#endif
uniform sampler2D u_y;
uniform sampler2D u_u;
uniform sampler2D u_v;
varying vec2 v_texCoord;
void main() {
  float y = 1.164383 * (texture2D(u_y, v_texCoord).r - 0.062745);
  float u = texture2D(u_u, v_texCoord).r - 0.501961;
  float v = texture2D(u_v, v_texCoord).r - 0.501961;
  gl_FragColor = vec4(
    clamp(y + 1.596027 * v, 0.0, 1.0),
    clamp(y - 0.391762 * u - 0.812968 * v, 0.0, 1.0),
    clamp(y + 2.017232 * u, 0.0, 1.0),
    1.0);
}`;
