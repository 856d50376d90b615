/** Which picture a window wants: the local camera, or a remote user's big or small stream. */
export type StreamKey = 'local' | `remote:${string}:${'big' | 'small'}`;

/** The key of a remote user's stream. */
export function remoteStreamKey(userId: string, size: 'big' | 'small'): StreamKey {
  return `remote:${userId}:${size}`;
}

/** Splits a stream key; null when it is not one. userIds cannot contain ':' (TRTC rule), so the split is safe. */
export function parseStreamKey(key: string): { source: 'local' } | { source: 'remote'; userId: string; size: 'big' | 'small' } | null {
  if (key === 'local') return { source: 'local' };
  const m = /^remote:([A-Za-z0-9_-]{1,32}):(big|small)$/.exec(key);
  return m ? { source: 'remote', userId: m[1], size: m[2] as 'big' | 'small' } : null;
}
