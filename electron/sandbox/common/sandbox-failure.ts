/** A refused request as the SDK reports it: a TRTC error code and a message. Returned, never thrown. */
export class SandboxFailure {
  constructor(
    /** A negative TRTC error code (trtc_code's TXLiteAVError). */
    readonly code: number,
    /** Why, in words a console can show. */
    readonly message: string,
  ) {}
}

/** Whether a result is a refusal. */
export function isFailure(value: unknown): value is SandboxFailure {
  return value instanceof SandboxFailure;
}
