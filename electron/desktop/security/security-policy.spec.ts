import { isOwnPage, ownWindowFor, permissionGranted } from './security-policy';

describe('isOwnPage', () => {
  it('accepts the app’s own origin only', () => {
    expect(isOwnPage('app://broadcaster/wall')).toBe(true);
    expect(isOwnPage('app://broadcaster.evil/')).toBe(false);
    expect(isOwnPage('app://other/')).toBe(false);
    expect(isOwnPage('https://broadcaster/')).toBe(false);
    expect(isOwnPage('file:///C:/Windows/')).toBe(false);
    expect(isOwnPage('javascript:alert(1)')).toBe(false);
    expect(isOwnPage('')).toBe(false);
  });
});

describe('ownWindowFor', () => {
  it('names the app’s own windows, and nothing else', () => {
    expect(ownWindowFor('app://broadcaster/preview?token=x')).toBe('preview');
    expect(ownWindowFor('app://broadcaster/wall/')).toBe('wall');
    expect(ownWindowFor('app://broadcaster/')).toBe('console');
    expect(ownWindowFor('app://broadcaster/engine')).toBeNull();
    expect(ownWindowFor('app://broadcaster/main-ABC.js')).toBeNull();
    expect(ownWindowFor('https://example.com/wall')).toBeNull();
  });
});

describe('permissionGranted', () => {
  it('grants camera and microphone to the engine window only', () => {
    expect(permissionGranted('media', 'engine', ['audio', 'video'])).toBe(true);
    expect(permissionGranted('media', 'ui', ['video'])).toBe(false);
    expect(permissionGranted('media', null, ['audio'])).toBe(false);
  });

  it('lets UI windows go full screen, and denies everything else to everyone', () => {
    expect(permissionGranted('fullscreen', 'ui')).toBe(true);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'midiSysex', 'pointerLock', 'unknown']) {
      expect(permissionGranted(permission, 'ui')).toBe(false);
      expect(permissionGranted(permission, 'engine')).toBe(false);
    }
    expect(permissionGranted('fullscreen', 'engine')).toBe(false);
  });
});
