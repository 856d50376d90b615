/** The sizes of a remote user's streams: its camera (big or small) or its screen share (the sub stream). */
export type RemoteStreamSize = 'big' | 'small' | 'sub';

/**
 * Which picture a window wants: the local camera (`local`), the local screen share (`local:sub`), or a
 * remote user's big, small or sub (screen share) stream.
 */
export type StreamKey = 'local' | 'local:sub' | `remote:${string}:${RemoteStreamSize}`;

/** A stream key taken apart. */
export type ParsedStreamKey = { source: 'local'; size: 'camera' | 'sub' } | { source: 'remote'; userId: string; size: RemoteStreamSize };

/** The key of a remote user's stream. */
export function remoteStreamKey(userId: string, size: RemoteStreamSize): StreamKey {
  return `remote:${userId}:${size}`;
}

/** Splits a stream key; null when it is not one. userIds cannot contain ':' (TRTC rule), so the split is safe. */
export function parseStreamKey(key: string): ParsedStreamKey | null {
  if (key === 'local') return { source: 'local', size: 'camera' };
  if (key === 'local:sub') return { source: 'local', size: 'sub' };
  const m = /^remote:([A-Za-z0-9_-]{1,32}):(big|small|sub)$/.exec(key);
  return m ? { source: 'remote', userId: m[1], size: m[2] as RemoteStreamSize } : null;
}
