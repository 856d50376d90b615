/** @jest-environment node */
import { mixStreamKey, parseStreamKey, remoteStreamKey } from './stream-key';

describe('stream keys', () => {
  it('names the local camera, the local screen share, the camera test, and each remote stream', () => {
    expect(parseStreamKey('local')).toEqual({ source: 'local', size: 'camera' });
    expect(parseStreamKey('local:sub')).toEqual({ source: 'local', size: 'sub' });
    expect(parseStreamKey('local:test')).toEqual({ source: 'local', size: 'test' });
    expect(parseStreamKey(remoteStreamKey('guest_anchor', 'sub'))).toEqual({ source: 'remote', userId: 'guest_anchor', size: 'sub' });
    expect(parseStreamKey('remote:userB:small')).toEqual({ source: 'remote', userId: 'userB', size: 'small' });
  });

  it("names a CDN task's mixed picture by its taskId", () => {
    expect(parseStreamKey(mixStreamKey('sandbox-task-1'))).toEqual({ source: 'mix', taskId: 'sandbox-task-1' });
    expect(parseStreamKey('mix:1400000001_29834_host_main')).toEqual({ source: 'mix', taskId: '1400000001_29834_host_main' });
  });

  it('refuses anything else', () => {
    for (const key of ['local:big', 'local:', 'remote:a:main', 'remote::sub', 'remote:a:b:sub', 'sub', 'mix:', 'mix:a b', `mix:${'x'.repeat(257)}`]) expect(parseStreamKey(key)).toBeNull();
  });
});
