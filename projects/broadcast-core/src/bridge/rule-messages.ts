/**
 * What each TRTC parameter rule says when broken, by name. Schemas carry the name as their message;
 * the bridge's errors say the English text, and windows show `core.rules.<name>` translated.
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
  roomAddress: 'give exactly one of roomId and strRoomId',
  deviceId: 'deviceId must be 1 to 256 characters',
  sourceId: 'sourceId must be 1 to 256 characters',
  captureRegion: 'region edges are whole pixels 0 to 16384, with right above left and bottom below top',
  userSig: 'userSig must be 1 to 4096 characters',
  dropMs: 'ms must be 100 to 120000',
  volumeInterval: 'intervalMs must be 0 (off) or 100 to 5000',
  commandId: 'id must be 1 to 100 characters',
  volume: 'volume must be a whole number from 0 to 100',
  musicPath: 'path must be 1 to 1024 characters',
  musicPitch: 'pitch must be a number from -1 to 1',
  musicPosition: 'positionMs must be a whole number of ms from 0 to 86400000',
} as const;

/** The name of a TRTC parameter rule. */
export type RuleName = keyof typeof RULE_MESSAGES;

/** True when a schema issue's message is a rule's name. */
export function isRuleName(message: string): message is RuleName {
  return Object.prototype.hasOwnProperty.call(RULE_MESSAGES, message);
}

/**
 * Every reason the broker (or a window's own bridge client) gives for a refusal, with its English text;
 * `{name}` is filled from the refusal's params. Windows translate `core.refusals.<reason>` instead.
 */
export const REFUSAL_TEXTS = {
  // Malformed messages and commands.
  notJson: 'message is not valid JSON',
  binaryMessage: 'windows send JSON text, not binary',
  unknownMessage: 'unknown message kind: expected one of {values}',
  unknownCommand: 'unknown command type: expected one of the documented commands',
  unknownStream: 'unknown stream "{stream}"',
  missingField: 'is missing',
  wrongType: 'must be {expected}',
  unknownField: 'is not a field of this message',
  tooSmall: 'must be at least {min}',
  tooBig: 'must be at most {max}',
  notOneOf: 'must be one of {values}',
  invalidField: 'is not valid: {detail}',
  rule: '{rule}',
  userSigRequired: 'a userSig is required for the Tencent cloud: paste one or set a token URL',
  unknownDevice: 'no {kind} with id "{deviceId}"',
  noDropTarget: 'name a userId, or enter a room to drop your own connection',
  rateLimited: 'too many {kind}: at most {perSecond} a second after a burst of {burst}; nothing was done',
  viewOnly: 'this window may only watch: its token does not allow commands',
  // Valid commands the room cannot take now.
  alreadyInRoom: 'already {status} room {room}: exit first',
  notInRoom: 'not in a room',
  roleSwitchOutsideRoom: 'enter a room before switching role',
  noRoleInCall: 'in call scenes everyone is an anchor: there is no role to switch',
  roleSwitchPending: 'a role switch is already under way',
  alreadyAnchor: 'already an anchor',
  notAnchor: 'not an anchor',
  endPkFirst: 'end the cross-room PK before leaving the mic',
  pkOutsideRoom: 'enter a room before starting a cross-room PK',
  pkAlready: 'a cross-room PK is already {status}',
  noPk: 'there is no cross-room PK to end',
  noRemoteUser: 'no remote user "{userId}"',
  engineNotReady: 'the engine is starting or restarting: try again in a moment',
  nothingToReenter: 'there is no interrupted session to re-enter',
  shareOutsideRoom: 'enter a room before sharing a screen',
  shareAlready: 'a screen share is already {status}',
  noShare: 'there is no screen share to {action}',
  unknownScreenSource: 'no screen or window "{sourceId}": list the sources again',
  regionOutsideSource: 'the region reaches past {sourceName} ({width}x{height})',
  speedTestInRoom: 'the network speed test runs only before entering a room',
  speedTestRunning: 'a network speed test is already running',
  speakerTestFileRequired: 'name a WAV or MP3 file for the speaker test: only the sandbox has a built-in sound',
  notRtmpUrl: '"{url}" is not an RTMP push URL: it must start with rtmp:// and name a host',
  duplicateUrl: '"{url}" is listed twice',
  streamEncoder: 'the CDN encoder settings are not valid: {detail}',
  mixBox: 'a layout box must lie inside the {width}x{height} picture, with an area',
  nothingToUpdate: 'name a new mode or layout to switch the CDN task to',
  publishOutsideRoom: 'enter a room before going live on the CDN',
  publishAlready: 'a CDN task is already {status}',
  noPublishing: 'there is no CDN task to {action}',
  publishingBusy: 'the CDN task is {status}: wait until that is done',
  // Engine side.
  sandboxOnly: '{command} works only on the sandbox cloud',
  engineThrew: 'the engine refused {method}: {detail}',
  engineTimeout: 'the engine did not answer {method} within {ms} ms',
  engineLost: 'the engine was lost before it answered {method}',
  noSandboxUser: 'no user "{userId}" in room {roomId}',
  noSandboxRoom: 'no room {roomId}',
  noSandboxDevice: 'no device "{deviceId}" on the sandbox machine',
  userOffline: 'user "{userId}" is not online',
  // Background music.
  unknownMusicTrack: 'no track "{path}" in the playlist: add it first',
  builtInMusicTrack: 'the sandbox\'s built-in tracks stay in the playlist',
  noMusic: 'no music is {status}',
  // A window's own bridge client.
  connectionDropped: 'the connection to the console dropped; try again',
  notConnected: 'not connected to the console yet; try again in a moment',
} as const;

/** A refusal's reason key. */
export type RefusalReason = keyof typeof REFUSAL_TEXTS;
