import { cdnHostOf, maskRtmpUrl } from './masked-url';

describe('masked push URLs', () => {
  it('keeps the host and app path and hides the stream key and the query', () => {
    expect(maskRtmpUrl('rtmp://push.example.com/live/secret-key?txSecret=abc&txTime=1')).toBe('rtmp://push.example.com/live/••••');
    expect(maskRtmpUrl('rtmp://push.example.com:1935/a/b/key')).toBe('rtmp://push.example.com:1935/a/b/••••');
    expect(maskRtmpUrl('rtmp://push.example.com/key')).toBe('rtmp://push.example.com/••••');
  });

  it('shows nothing of what is not a push URL', () => {
    expect(maskRtmpUrl('http://x/y/z')).toBe('••••');
    expect(cdnHostOf('nonsense')).toBe('••••');
  });

  it('names the host alone, lower-cased', () => {
    expect(cdnHostOf('rtmp://Push.Example.com/live/k')).toBe('push.example.com');
  });
});
