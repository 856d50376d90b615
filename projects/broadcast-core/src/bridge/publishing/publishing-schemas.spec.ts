import { parseClientMessage } from '../parse-client-message';

const encoder = {
  videoEncodedWidth: 1280, videoEncodedHeight: 720, videoEncodedFPS: 15, videoEncodedGOP: 2, videoEncodedKbps: 1500,
  audioEncodedSampleRate: 48000, audioEncodedChannelNum: 1, audioEncodedKbps: 64, audioEncodedCodecType: 0, videoEncodedCodecType: 0, videoSeiParams: '',
};
const start = { type: 'startPublishing', mode: 3, urls: ['rtmp://push.example.com/live/key1'], encoder, layout: { preset: 'solo' } };
const parse = (command: unknown) => parseClientMessage({ t: 'command', id: 'c1', command });

/** The refusal's field, reason and params, failing the test if the command was accepted. */
function refused(command: unknown) {
  const parsed = parse(command);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(command)}`);
  const { field, reason, params } = parsed.error;
  return { field, reason, params };
}

describe('publishing commands', () => {
  it('accepts a start, an update of mode or layout, a stop and the sandbox CDN faults', () => {
    for (const command of [
      start,
      { ...start, mode: 1, layout: { preset: 'custom', custom: [{ left: 0, top: 0, right: 1280, bottom: 720 }] } },
      { type: 'updatePublishing', layout: { preset: 'grid' } },
      { type: 'updatePublishing', mode: 1 },
      { type: 'stopPublishing' },
      { type: 'sandbox.cdnUnreachable' },
      { type: 'sandbox.cdnRecover', host: 'push.example.com' },
    ]) {
      expect(parse(command)).toEqual({ ok: true, message: { t: 'command', id: 'c1', command } });
    }
  });

  it('refuses a URL that is not rtmp://, naming the URL and its field', () => {
    expect(refused({ ...start, urls: ['rtmp://ok.example/a', 'http://cdn.example/live'] })).toEqual({
      field: 'command.urls.1', reason: 'notRtmpUrl', params: { url: 'http://cdn.example/live' },
    });
    expect(refused({ ...start, urls: ['rtmp:///nohost'] })).toMatchObject({ field: 'command.urls.0', reason: 'notRtmpUrl' });
  });

  it('refuses no URL, more than 10, and the same URL twice', () => {
    expect(refused({ ...start, urls: [] })).toEqual({ field: 'command.urls', reason: 'tooSmall', params: { min: 1 } });
    const eleven = Array.from({ length: 11 }, (_, i) => `rtmp://push.example.com/live/k${i}`);
    expect(refused({ ...start, urls: eleven })).toEqual({ field: 'command.urls', reason: 'tooBig', params: { max: 10 } });
    expect(refused({ ...start, urls: ['rtmp://a.example/x', 'rtmp://a.example/x'] })).toEqual({ field: 'command.urls.1', reason: 'duplicateUrl', params: { url: 'rtmp://a.example/x' } });
  });

  it("refuses an encoder the cloud would refuse, with the sandbox's own words", () => {
    expect(refused({ ...start, encoder: { ...encoder, videoEncodedFPS: 60 } })).toEqual({
      field: 'command.encoder', reason: 'streamEncoder', params: { detail: 'videoEncodedFPS must be in (0, 30], got 60' },
    });
    expect(refused({ ...start, encoder: { ...encoder, videoEncodedWidth: 0, videoEncodedHeight: 0 } })).toMatchObject({ field: 'command.encoder', reason: 'streamEncoder' });
    expect(refused({ ...start, encoder: { ...encoder, videoEncodedKbps: undefined } })).toMatchObject({ field: 'command.encoder.videoEncodedKbps', reason: 'missingField' });
  });

  it('refuses a custom box outside the picture, and an unknown preset or mode', () => {
    const outside = { ...start, layout: { preset: 'custom', custom: [{ left: 0, top: 0, right: 100, bottom: 100 }, { left: 1200, top: 0, right: 1300, bottom: 100 }] } };
    expect(refused(outside)).toEqual({ field: 'command.layout.custom.1', reason: 'mixBox', params: { width: 1280, height: 720 } });
    expect(refused({ ...start, layout: { preset: 'mosaic' } })).toMatchObject({ field: 'command.layout.preset', reason: 'notOneOf' });
    expect(refused({ ...start, layout: { preset: 'custom' } })).toMatchObject({ field: 'command.layout.custom' });
    expect(refused({ ...start, layout: { preset: 'grid', custom: [{ left: 0, top: 0, right: 10, bottom: 10 }] } })).toMatchObject({ field: 'command.layout.custom' });
    expect(refused({ ...start, mode: 4 })).toMatchObject({ field: 'command.mode' });
  });
});
