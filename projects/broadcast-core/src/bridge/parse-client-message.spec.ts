import fc from 'fast-check';

import type { Command } from './commands';
import type { RefusalReason } from './rule-messages';
import { parseClientMessage, type ParsedClientMessage } from './parse-client-message';

const enterParams = { sdkAppId: 1400000001, roomId: 8888, userId: 'host', role: 20 };
const command = (c: unknown, id = 'c1') => JSON.stringify({ t: 'command', id, command: c });

/** The refusal for `raw`, failing the test if it was accepted. */
function refusal(raw: unknown): Extract<ParsedClientMessage, { ok: false }> {
  const parsed = parseClientMessage(raw);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
  return parsed;
}

describe('parseClientMessage', () => {
  it.each<[string, unknown]>([
    ['a command', { t: 'command', id: 'c1', command: { type: 'muteLocalAudio', mute: true } }],
    ['resync', { t: 'resync' }],
    ['subscribe to the local stream', { t: 'subscribe', stream: 'local' }],
    ['unsubscribe from a remote stream', { t: 'unsubscribe', stream: 'remote:anna_1:small' }],
    ['a frame ack', { t: 'frame-ack', stream: 'remote:B-2:big' }],
    ['a screen share of a listed source', { t: 'command', id: 'c1', command: { type: 'startScreenCapture', sourceId: 'screen-1' } }],
    ['subscribe to the local screen share', { t: 'subscribe', stream: 'local:sub' }],
    ['subscribe to a remote screen share', { t: 'subscribe', stream: 'remote:guest_anchor:sub' }],
  ])('accepts %s, as text or as a parsed value', (_label, message) => {
    expect(parseClientMessage(JSON.stringify(message))).toEqual({ ok: true, message });
    expect(parseClientMessage(message)).toEqual({ ok: true, message });
  });

  it('names the field of a broken screen-share command: an empty sourceId, an encoder out of range, an extra field', () => {
    expect(refusal(command({ type: 'startScreenCapture', sourceId: '' })).error).toMatchObject({ code: 'invalid-command', reason: 'rule', params: { rule: 'sourceId' }, field: 'command.sourceId' });
    const encoder = { videoResolution: 112, resMode: 0, videoFps: 99, videoBitrate: 1600, minVideoBitrate: 0, enableAdjustRes: true };
    expect(refusal(command({ type: 'startScreenCapture', sourceId: 'screen-1', encoder })).error).toMatchObject({ reason: 'rule', params: { rule: 'videoFpsRange' }, field: 'command.encoder.videoFps' });
    expect(refusal(command({ type: 'pauseScreenCapture', sourceId: 'x' })).error).toMatchObject({ reason: 'unknownField', field: 'command.sourceId' });
    const share = (extra: object) => refusal(command({ type: 'startScreenCapture', sourceId: 'screen-1', ...extra })).error;
    expect(share({ region: { left: 10, top: 0, right: 10, bottom: 5 } })).toMatchObject({ reason: 'rule', params: { rule: 'captureRegion' }, field: 'command.region.right' });
    expect(share({ region: { left: -2, top: 0, right: 10, bottom: 5 } })).toMatchObject({ reason: 'rule', params: { rule: 'captureRegion' }, field: 'command.region.left' });
    expect(share({ region: { left: 0, top: 0, right: 10.5, bottom: 5 } })).toMatchObject({ reason: 'rule', params: { rule: 'captureRegion' }, field: 'command.region.right' });
    expect(share({ capture: { mouse: true, glow: true } })).toMatchObject({ reason: 'unknownField', field: 'command.capture.glow' });
    expect(refusal(command({ type: 'sandbox.shareScreen', userId: 'a:b' })).error).toMatchObject({ reason: 'rule', params: { rule: 'userId' }, field: 'command.userId' });
  });

  it('names the field of a broken audio mix command: a volume out of 0-100 or fractional, an unknown quality, a bad userId', () => {
    expect(parseClientMessage(command({ type: 'setRemoteAudioVolume', userId: 'guest', volume: 100 })).ok).toBe(true);
    for (const volume of [101, -1, 12.5]) {
      expect(refusal(command({ type: 'setAudioCaptureVolume', volume })).error).toMatchObject({ code: 'invalid-command', reason: 'rule', params: { rule: 'volume' }, field: 'command.volume' });
    }
    expect(refusal(command({ type: 'setAudioPlayoutVolume', volume: '50' })).error).toMatchObject({ reason: 'wrongType', field: 'command.volume' });
    expect(refusal(command({ type: 'setAudioQuality', quality: 7 })).error).toMatchObject({ reason: 'notOneOf', field: 'command.quality' });
    expect(refusal(command({ type: 'setRemoteAudioVolume', userId: 'a b', volume: 5 })).error).toMatchObject({ reason: 'rule', params: { rule: 'userId' }, field: 'command.userId' });
    expect(refusal(command({ type: 'enableVoiceEarMonitor' })).error).toMatchObject({ reason: 'missingField', field: 'command.enable' });
    expect(refusal(command({ type: 'setVoiceReverbType', reverbType: 12 })).error).toMatchObject({ reason: 'notOneOf', field: 'command.reverbType' });
  });

  it('names the field of a broken music command: volumes 0-100, a pitch in -1 to 1, a path of 1-1024 characters, a whole ms position', () => {
    for (const ok of [
      { type: 'startPlayMusic', path: 'sandbox://music/jingle' },
      { type: 'addMusicTrack', path: 'C:\\Music\\intro.mp3' },
      { type: 'setMusicPitch', pitch: -1 },
      { type: 'setMusicPitch', pitch: 0.35 },
      { type: 'setMusicPublishVolume', volume: 0 },
      { type: 'seekMusicToPosInTime', positionMs: 0 },
      { type: 'setMusicLoop', loop: true },
      { type: 'pausePlayMusic' },
    ]) {
      expect(parseClientMessage(command(ok))).toMatchObject({ ok: true });
    }
    for (const volume of [101, -1, 50.5]) {
      expect(refusal(command({ type: 'setMusicPublishVolume', volume })).error).toMatchObject({ code: 'invalid-command', reason: 'rule', params: { rule: 'volume' }, field: 'command.volume' });
      expect(refusal(command({ type: 'setMusicPlayoutVolume', volume })).error).toMatchObject({ reason: 'rule', params: { rule: 'volume' }, field: 'command.volume' });
    }
    for (const pitch of [1.01, -1.5]) {
      expect(refusal(command({ type: 'setMusicPitch', pitch })).error).toMatchObject({ reason: 'rule', params: { rule: 'musicPitch' }, field: 'command.pitch' });
    }
    for (const path of ['', '   ', 'x'.repeat(1025)]) {
      expect(refusal(command({ type: 'startPlayMusic', path })).error).toMatchObject({ reason: 'rule', params: { rule: 'musicPath' }, field: 'command.path' });
    }
    for (const positionMs of [-1, 1.5, 86_400_001]) {
      expect(refusal(command({ type: 'seekMusicToPosInTime', positionMs })).error).toMatchObject({ reason: 'rule', params: { rule: 'musicPosition' }, field: 'command.positionMs' });
    }
    expect(refusal(command({ type: 'startPlayMusic', path: 'a.mp3', id: 3 })).error).toMatchObject({ reason: 'unknownField', field: 'command.id' });
    expect(refusal(command({ type: 'setMusicLoop' })).error).toMatchObject({ reason: 'missingField', field: 'command.loop' });
  });

  it('names the field of a broken pre-flight command', () => {
    expect(parseClientMessage(command({ type: 'startSpeedTest', sdkAppId: 1400000001, userId: 'host' })).ok).toBe(true);
    expect(refusal(command({ type: 'startSpeedTest', sdkAppId: 1400000001, userId: 'a:b' })).error).toMatchObject({ reason: 'rule', params: { rule: 'userId' }, field: 'command.userId' });
    expect(refusal(command({ type: 'startSpeedTest', userId: 'host' })).error).toMatchObject({ reason: 'missingField', field: 'command.sdkAppId' });
    expect(refusal(command({ type: 'startMicDeviceTest', interval: 300 })).error).toMatchObject({ reason: 'unknownField', field: 'command.interval' });
    expect(refusal(command({ type: 'sandbox.weakNetwork', weak: 'yes' })).error).toMatchObject({ reason: 'wrongType', field: 'command.weak' });
    expect(parseClientMessage(command({ type: 'startMicDeviceTest', playback: true })).ok).toBe(true);
    expect(refusal(command({ type: 'startMicDeviceTest', playback: 'on' })).error).toMatchObject({ reason: 'wrongType', field: 'command.playback' });
    expect(parseClientMessage(command({ type: 'startSpeakerDeviceTest' })).ok).toBe(true);
    expect(refusal(command({ type: 'startSpeakerDeviceTest', filePath: '' })).error).toMatchObject({ field: 'command.filePath' });
    expect(refusal(command({ type: 'startSpeakerDeviceTest', filePath: 'x'.repeat(1025) })).error).toMatchObject({ field: 'command.filePath' });
    expect(refusal(command({ type: 'stopSpeakerDeviceTest', now: true })).error).toMatchObject({ reason: 'unknownField', field: 'command.now' });
  });

  it('names the field of a broken device hot-plug command', () => {
    expect(parseClientMessage(command({ type: 'sandbox.unplugDevice', deviceId: 'sandbox-mic-usb' })).ok).toBe(true);
    expect(refusal(command({ type: 'sandbox.unplugDevice' })).error).toMatchObject({ reason: 'missingField', field: 'command.deviceId' });
    expect(refusal(command({ type: 'sandbox.plugDevice', deviceId: 5 })).error).toMatchObject({ reason: 'wrongType', field: 'command.deviceId' });
    expect(refusal(command({ type: 'sandbox.plugDevice', deviceId: '' })).error).toMatchObject({ field: 'command.deviceId' });
  });

  it('keeps a userSig the window sent, for the broker to pass to the engine', () => {
    const parsed = parseClientMessage(command({ type: 'enterRoom', params: { ...enterParams, userSig: 'abc' }, scene: 1 }));
    expect(parsed).toEqual({ ok: true, message: { t: 'command', id: 'c1', command: { type: 'enterRoom', params: { ...enterParams, userSig: 'abc' }, scene: 1 } } });
  });

  it('refuses text that is not JSON, with no id', () => {
    expect(refusal('{"t":"command","id":"c1"')).toEqual({ ok: false, id: null, error: { code: 'invalid-message', reason: 'notJson', message: 'message is not valid JSON' } });
    expect(refusal('\u0000binary')).toMatchObject({ id: null, error: { code: 'invalid-message' } });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 7],
    ['an array', [{ t: 'resync' }]],
    ['a JSON string', '"resync"'],
    ['an unknown kind', { t: 'hello' }],
  ])('refuses %s as invalid-message with no id', (_label, raw) => {
    expect(refusal(raw)).toMatchObject({ id: null, error: { code: 'invalid-message' } });
  });

  it('refuses a command message without its command as invalid-command naming the field, with its id', () => {
    expect(refusal({ t: 'command', id: 'c4' })).toEqual({
      ok: false,
      id: 'c4',
      error: { code: 'invalid-command', reason: 'missingField', message: 'command: is missing', field: 'command' },
    });
  });

  it('names the envelope field that is wrong, and carries a readable id', () => {
    expect(refusal({ t: 'nope', id: 'c9' })).toMatchObject({ id: 'c9', error: { code: 'invalid-message', field: 't' } });
    expect(refusal({ t: 'command', command: {} })).toMatchObject({ id: null, error: { code: 'invalid-message', field: 'id' } });
    expect(refusal({ t: 'command', id: 5, command: {} })).toMatchObject({ id: null, error: { code: 'invalid-message', field: 'id' } });
    // An id that breaks the id rule is not echoed back.
    expect(refusal({ t: 'command', id: 'x'.repeat(101), command: {} })).toMatchObject({ id: null, error: { field: 'id', reason: 'rule', params: { rule: 'commandId' } } });
    expect(refusal({ t: 'resync', id: 'r1' })).toMatchObject({ id: 'r1', error: { code: 'invalid-message', field: 'id' } });
    expect(refusal('{"t":"resync","__proto__":{"x":1}}')).toMatchObject({ id: null, error: { field: '__proto__' } });
  });

  it.each<[string, unknown, string, RegExp, RefusalReason]>([
    ['an unknown command type', { type: 'dropTables' }, 'command.type', /discriminator|expected/i, 'unknownCommand'],
    ['a missing command type', { mute: true }, 'command.type', /./, 'unknownCommand'],
    ['a roomId out of range', { type: 'enterRoom', params: { ...enterParams, roomId: 0 }, scene: 1 }, 'command.params.roomId', /between 1 and 4294967294/, 'rule'],
    ['both roomId and strRoomId', { type: 'enterRoom', params: { ...enterParams, strRoomId: 'a' }, scene: 1 }, 'command.params.roomId', /exactly one of roomId and strRoomId/, 'rule'],
    ['neither roomId nor strRoomId', { type: 'enterRoom', params: { sdkAppId: 1, userId: 'a', role: 20 }, scene: 1 }, 'command.params.roomId', /exactly one/, 'rule'],
    ['a userId with a colon', { type: 'enterRoom', params: { ...enterParams, userId: 'a:b' }, scene: 1 }, 'command.params.userId', /letters, digits/, 'rule'],
    ['an empty userSig', { type: 'enterRoom', params: { ...enterParams, userSig: '' }, scene: 1 }, 'command.params.userSig', /userSig must be 1 to 4096 characters/, 'rule'],
    ['a scene outside TRTCAppScene', { type: 'enterRoom', params: enterParams, scene: 9 }, 'command.scene', /must be one of 0, 1, 2, 3/, 'notOneOf'],
    ['an unknown key in params', { type: 'enterRoom', params: { ...enterParams, extra: 1 }, scene: 1 }, 'command.params.extra', /extra/, 'unknownField'],
    ['an unknown key on the command', { type: 'exitRoom', now: true }, 'command.now', /now/, 'unknownField'],
    ['a role outside TRTCRoleType', { type: 'switchRole', role: 22 }, 'command.role', /must be one of 20, 21/, 'notOneOf'],
    ['a missing flag', { type: 'muteLocalVideo' }, 'command.mute', /./, 'missingField'],
    ['a flag of the wrong type', { type: 'setLocalMirror', mirror: 'yes' }, 'command.mirror', /./, 'wrongType'],
    ['a min bitrate above the bitrate', { type: 'setVideoEncoderParam', params: { videoResolution: 108, resMode: 0, videoFps: 15, videoBitrate: 500, minVideoBitrate: 600, enableAdjustRes: false } }, 'command.params.minVideoBitrate', /must not exceed/, 'rule'],
    ['an fps above 60', { type: 'setVideoEncoderParam', params: { videoResolution: 108, resMode: 0, videoFps: 61, videoBitrate: 500, minVideoBitrate: 0, enableAdjustRes: false } }, 'command.params.videoFps', /1 to 60/, 'rule'],
    ['a beauty level of 10', { type: 'setBeautyStyle', beauty: { style: 0, beauty: 1, white: 10, ruddiness: 0 } }, 'command.beauty.white', /0-9/, 'rule'],
    ['a PK target with both room kinds', { type: 'connectOtherRoom', target: { roomId: 1, strRoomId: 'a' }, userId: 'cai' }, 'command.target.roomId', /exactly one/, 'rule'],
    ['a volume interval of 50 ms', { type: 'enableAudioVolumeEvaluation', intervalMs: 50 }, 'command.intervalMs', /0 \(off\) or 100 to 5000/, 'rule'],
    ['a drop shorter than 100 ms', { type: 'sandbox.dropConnection', ms: 50 }, 'command.ms', /100 to 120000/, 'rule'],
    ['an empty deviceId', { type: 'setCurrentCameraDevice', deviceId: '' }, 'command.deviceId', /deviceId must be 1 to 256 characters/, 'rule'],
  ])('refuses %s as invalid-command naming the field', (_label, bad, field, message, reason) => {
    const { id, error } = refusal(command(bad, 'cmd-7'));
    expect(id).toBe('cmd-7');
    expect(error.code).toBe('invalid-command');
    expect(error.reason).toBe(reason);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('refuses a stream key that is not one, naming the stream field', () => {
    for (const t of ['subscribe', 'unsubscribe', 'frame-ack']) {
      for (const stream of ['', 'LOCAL', 'remote:a', 'remote:a:b:big', 'remote:a:medium', `remote:${'u'.repeat(33)}:big`]) {
        expect(refusal({ t, stream })).toMatchObject({ id: null, error: { code: 'invalid-message', field: 'stream' } });
      }
    }
  });

  it('never throws, and answers every input with a message or a typed refusal', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (raw) => {
        const parsed = parseClientMessage(raw);
        if (parsed.ok) return;
        expect(['invalid-message', 'invalid-command']).toContain(parsed.error.code);
        expect(typeof parsed.error.message).toBe('string');
        expect(parsed.id === null || typeof parsed.id === 'string').toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('round-trips valid commands through JSON unchanged', () => {
    const commands = fc.oneof(
      fc.record({ type: fc.constant('muteRemoteAudio'), userId: fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/), mute: fc.boolean() }),
      fc.record({ type: fc.constant('connectOtherRoom'), target: fc.oneof(fc.record({ roomId: fc.integer({ min: 1, max: 4_294_967_294 }) }), fc.record({ strRoomId: fc.stringMatching(/^[A-Za-z0-9 _-]{1,64}$/) })), userId: fc.constantFrom('cai', 'B_2') }),
      fc.record({ type: fc.constant('enableAudioVolumeEvaluation'), intervalMs: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 5_000 })) }),
    ) as fc.Arbitrary<Command>;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), commands, (id, c) => {
        expect(parseClientMessage(JSON.stringify({ t: 'command', id, command: c }))).toEqual({ ok: true, message: { t: 'command', id, command: c } });
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseClientMessage: numbers far out of range', () => {
  const encoder = { videoResolution: 108, resMode: 0, videoFps: 15, videoBitrate: 500, minVideoBitrate: 0, enableAdjustRes: false };
  const huge = fc.oneof(fc.constantFrom(1e300, -1e300, 2 ** 53 + 2, -(2 ** 60), Number.MAX_VALUE), fc.double({ min: 1e16, max: 1e300, noNaN: true }));

  it.each<[string, (n: number) => unknown, string, RefusalReason]>([
    ['roomId', (n) => ({ type: 'enterRoom', params: { ...enterParams, roomId: n }, scene: 1 }), 'command.params.roomId', 'rule'],
    ['sdkAppId', (n) => ({ type: 'enterRoom', params: { ...enterParams, sdkAppId: n }, scene: 1 }), 'command.params.sdkAppId', 'rule'],
    ['videoFps', (n) => ({ type: 'setVideoEncoderParam', params: { ...encoder, videoFps: n } }), 'command.params.videoFps', 'rule'],
    ['videoBitrate', (n) => ({ type: 'setVideoEncoderParam', params: { ...encoder, videoBitrate: n } }), 'command.params.videoBitrate', 'rule'],
  ])('reports the documented range of %s, never a JavaScript limit', (name, make, field, reason) => {
    fc.assert(
      fc.property(huge, (n) => {
        const { error } = refusal(command(make(n)));
        expect(error).toMatchObject({ code: 'invalid-command', reason, field });
        expect(error.params?.['rule']).toMatch(new RegExp(`^${name}(Range|Positive)$`));
      }),
    );
  });
});
