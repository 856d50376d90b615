/** @jest-environment node */
import { parseStreamKey, remoteStreamKey } from './stream-key';

describe('stream keys', () => {
  it('names the local camera, the local screen share, and each remote stream', () => {
    expect(parseStreamKey('local')).toEqual({ source: 'local', size: 'camera' });
    expect(parseStreamKey('local:sub')).toEqual({ source: 'local', size: 'sub' });
    expect(parseStreamKey(remoteStreamKey('guest_anchor', 'sub'))).toEqual({ source: 'remote', userId: 'guest_anchor', size: 'sub' });
    expect(parseStreamKey('remote:userB:small')).toEqual({ source: 'remote', userId: 'userB', size: 'small' });
  });

  it('refuses anything else', () => {
    for (const key of ['local:big', 'local:', 'remote:a:main', 'remote::sub', 'remote:a:b:sub', 'sub']) expect(parseStreamKey(key)).toBeNull();
  });
});
