/**
 * What each TRTC parameter rule says when broken, by name: the bridge's
 * errors use these words, and the console's forms show them translated
 * (core.rules.<name> in the i18n bundle).
 */
export const RULE_MESSAGES = {
  userId: "userId may contain only letters, digits, '_' and '-' (1 to 32 characters)",
  roomIdInteger: 'roomId must be an integer',
  roomIdRange: 'roomId must be between 1 and 4294967294',
  strRoomIdEmpty: 'strRoomId must not be empty',
  strRoomIdLength: 'strRoomId may hold at most 64 characters',
  strRoomIdCharacter: 'strRoomId has a character TRTC does not allow',
  sdkAppIdInteger: 'sdkAppId must be an integer',
  sdkAppIdPositive: 'sdkAppId must be a positive number from the TRTC console',
  sdkAppIdRange: 'sdkAppId must fit in 32 bits',
  videoFpsInteger: 'videoFps must be an integer',
  videoFpsRange: 'videoFps must be 1 to 60',
  videoBitrateInteger: 'videoBitrate must be a whole number of kbps',
  videoBitrateRange: 'videoBitrate must be 1 to 12000 kbps',
  minVideoBitrateRange: 'minVideoBitrate must be a whole number from 0 to 12000 kbps',
  minVideoBitrateAbove: 'minVideoBitrate must not exceed videoBitrate',
  levelInteger: 'levels are whole numbers 0-9',
  levelRange: 'levels are 0-9',
  tokenUrl: 'tokenUrl must be an http(s) URL',
} as const;

/** The name of a rule message, if it is one. */
export function ruleName(message: string): keyof typeof RULE_MESSAGES | null {
  const found = Object.entries(RULE_MESSAGES).find(([, text]) => text === message);
  return found ? (found[0] as keyof typeof RULE_MESSAGES) : null;
}
