import { RULE_MESSAGES, ruleName } from './rule-messages';
import { encoderParamsSchema, userIdSchema } from './trtc-rules';
import { DEFAULT_ENCODER } from '../room-state';

describe('rule messages', () => {
  it('names the message a schema gives, so windows can translate it', () => {
    const userId = userIdSchema.safeParse('has space');
    expect(userId.success || ruleName(userId.error.issues[0].message)).toBe('userId');
    const fps = encoderParamsSchema.safeParse({ ...DEFAULT_ENCODER, videoFps: 61 });
    expect(fps.success || ruleName(fps.error.issues[0].message)).toBe('videoFpsRange');
    const min = encoderParamsSchema.safeParse({ ...DEFAULT_ENCODER, minVideoBitrate: 1.5 });
    expect(min.success || ruleName(min.error.issues[0].message)).toBe('minVideoBitrateRange');
  });

  it('gives null for any other text', () => {
    expect(ruleName('already in room 29834: exit first')).toBeNull();
    expect(Object.keys(RULE_MESSAGES).length).toBeGreaterThan(10);
  });
});
