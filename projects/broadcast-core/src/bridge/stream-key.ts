/** The sizes of a remote user's streams: its camera (big or small) or its screen share (the sub stream). */
export type RemoteStreamSize = 'big' | 'small' | 'sub';

/**
 * Which picture a window wants: the local camera (`local`), the local screen share (`local:sub`), the
 * pre-flight camera test (`local:test`), a remote user's big, small or sub (screen share) stream, or a
 * CDN task's cloud mix (`mix:<taskId>`).
 */
export type StreamKey = 'local' | 'local:sub' | 'local:test' | `remote:${string}:${RemoteStreamSize}` | `mix:${string}`;

/** The pre-flight camera test's picture (startCameraDeviceTest), which the engine side draws apart from the preview. */
export const CAMERA_TEST_STREAM: StreamKey = 'local:test';

/** A stream key taken apart. */
export type ParsedStreamKey =
  | { source: 'local'; size: 'camera' | 'sub' | 'test' }
  | { source: 'remote'; userId: string; size: RemoteStreamSize }
  | { source: 'mix'; taskId: string };

/** The key of a CDN task's mixed picture, as CDN viewers get it. */
export function mixStreamKey(taskId: string): StreamKey {
  return `mix:${taskId}`;
}

/** The key of a remote user's stream. */
export function remoteStreamKey(userId: string, size: RemoteStreamSize): StreamKey {
  return `remote:${userId}:${size}`;
}

/** Splits a stream key; null when it is not one. userIds cannot contain ':' (TRTC rule), so the split is safe. */
export function parseStreamKey(key: string): ParsedStreamKey | null {
  if (key === 'local') return { source: 'local', size: 'camera' };
  if (key === 'local:sub') return { source: 'local', size: 'sub' };
  if (key === 'local:test') return { source: 'local', size: 'test' };
  // A taskId is the cloud's: printable ASCII without spaces, up to 256 characters, is all the console relies on.
  const mix = /^mix:([\x21-\x7e]{1,256})$/.exec(key);
  if (mix) return { source: 'mix', taskId: mix[1] };
  const m = /^remote:([A-Za-z0-9_-]{1,32}):(big|small|sub)$/.exec(key);
  return m ? { source: 'remote', userId: m[1], size: m[2] as RemoteStreamSize } : null;
}
