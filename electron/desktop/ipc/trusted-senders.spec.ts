import { TrustedSenders, isAppUrl, type IpcEventLike } from './trusted-senders';

const event = (id: number, url: string | null, parent: unknown = null): IpcEventLike => ({
  sender: { id },
  senderFrame: url === null ? null : { url, parent },
});

describe('TrustedSenders', () => {
  const senders = new TrustedSenders();
  senders.add(1, 'ui', 'console');
  senders.add(2, 'engine', 'engine');

  it('trusts the main frame of a registered window showing the app, in its own role', () => {
    expect(senders.check(event(1, 'app://console/index.html'), 'ui')).toBe('console');
    expect(senders.check(event(2, 'app://engine/index.html'), 'engine')).toBe('engine');
  });

  it('drops messages from unknown webContents, from the wrong role, from subframes, and from foreign or vanished frames', () => {
    expect(senders.check(event(9, 'app://console/'), 'ui')).toBeNull();
    expect(senders.check(event(1, 'app://console/'), 'engine')).toBeNull();
    expect(senders.check(event(2, 'app://engine/'), 'ui')).toBeNull();
    expect(senders.check(event(1, 'app://console/', { url: 'app://console/' }), 'ui')).toBeNull();
    expect(senders.check(event(1, 'https://evil.example/'), 'ui')).toBeNull();
    expect(senders.check(event(1, 'file:///etc/passwd'), 'ui')).toBeNull();
    expect(senders.check(event(1, null), 'ui')).toBeNull();
  });

  it('forgets a destroyed window', () => {
    const s = new TrustedSenders();
    s.add(3, 'ui', 'wall');
    s.remove(3);
    expect(s.check(event(3, 'app://preview/wall'), 'ui')).toBeNull();
  });

  it('knows the app origin from anything else, malformed URLs included', () => {
    expect(isAppUrl('app://console/main-ABC.js')).toBe(true);
    expect(isAppUrl('apps://console/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});
