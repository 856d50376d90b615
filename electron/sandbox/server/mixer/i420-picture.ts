/** An I420 picture to read from: Y plane, then U and V at half size, in one array (I420Canvas is one). */
export interface I420Picture {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Start of the U plane of a picture. */
export function uPlaneOffset(picture: I420Picture): number {
  return picture.width * picture.height;
}

/** Start of the V plane of a picture. */
export function vPlaneOffset(picture: I420Picture): number {
  return picture.width * picture.height + (picture.width / 2) * (picture.height / 2);
}
