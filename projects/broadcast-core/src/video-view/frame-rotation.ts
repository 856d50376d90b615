/** Clockwise quarter turns of a TRTCVideoRotation value (0-3 mean 0, 90, 180, 270 degrees). */
export function quarterTurns(rotation: number): 0 | 1 | 2 | 3 {
  return (rotation & 3) as 0 | 1 | 2 | 3;
}

/** Size of a picture once turned upright: width and height swap for 90 and 270 degrees. */
export function rotatedSize(width: number, height: number, rotation: number): { width: number; height: number } {
  return quarterTurns(rotation) % 2 === 1 ? { width: height, height: width } : { width, height };
}

/** Sets a canvas backing store to a size, touching it only on change (setting it clears the canvas). */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): void {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}
