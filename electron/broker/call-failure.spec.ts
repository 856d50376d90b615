import { refusal } from '@broadcast-core/bridge';

import { callFailureText, callRefusal } from './call-failure';

describe('a failed engine call, in words', () => {
  it('says why for the compensation: the engine\'s message, the time waited, or the loss', () => {
    expect(callFailureText({ kind: 'failed', error: { code: 'threw', message: 'no camera' } })).toBe('no camera');
    expect(callFailureText({ kind: 'timeout', ms: 5000 })).toBe('no answer from the engine within 5000 ms');
    expect(callFailureText({ kind: 'lost' })).toBe('the engine was lost');
  });

  it('refuses the sender with the reason that fits the failure', () => {
    expect(callRefusal('startLocalPreview', { kind: 'timeout', ms: 5000 }, undefined)).toEqual(refusal('engine-failed', 'engineTimeout', { method: 'startLocalPreview', ms: 5000 }));
    expect(callRefusal('startLocalPreview', { kind: 'lost' }, undefined)).toEqual(refusal('engine-failed', 'engineLost', { method: 'startLocalPreview' }));
    expect(callRefusal('sandbox.dismissRoom', { kind: 'failed', error: { code: 'sandbox-only', message: '' } }, undefined)).toEqual(refusal('sandbox-only', 'sandboxOnly', { command: 'sandbox.dismissRoom' }));
    expect(callRefusal('enterRoom', { kind: 'failed', error: { code: 'user-sig-required', message: '' } }, undefined)).toEqual(refusal('invalid-command', 'userSigRequired', {}, 'command.params.userSig'));
    expect(callRefusal('setVideoEncoderParam', { kind: 'failed', error: { code: 'threw', message: 'busy' } }, undefined)).toEqual(refusal('engine-failed', 'engineThrew', { method: 'setVideoEncoderParam', detail: 'busy' }));
  });

  it('passes on the planner\'s own refusal for something the engine did not find', () => {
    const notFound = refusal('invalid-command', 'unknownMusicTrack', { path: 'x' });
    expect(callRefusal('startScreenCapture', { kind: 'failed', error: { code: 'not-found', message: '' } }, notFound)).toBe(notFound);
    expect(() => callRefusal('x', { kind: 'ok', value: undefined }, undefined)).toThrow('an ok result is no refusal');
  });
});
