import { TXLiteAVError, TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';

/** A TRTC code explained: the SDK's constant name and a sentence an operator can act on. */
export interface CodeDescription {
  code: number;
  name: string;
  text: string;
}

const NAMES = new Map<number, string>([
  ...Object.entries(TXLiteAVWarning).map(([name, code]) => [code as number, name] as const),
  ...Object.entries(TXLiteAVError).map(([name, code]) => [code as number, name] as const),
]);

/** Plain-language text for the codes a live show meets, by SDK constant name; others fall back to the name. */
export const CODE_TEXTS = {
  ERR_ENTER_ROOM_PARAM_NULL: 'Room entry parameters are missing.',
  ERR_SDK_APPID_INVALID: 'The SDKAppID is not valid for this cloud.',
  ERR_ROOM_ID_INVALID: 'The room ID is not valid: use a number from 1 to 4294967294, or a string room ID.',
  ERR_USER_ID_INVALID: "The user ID is not valid: use up to 32 letters, digits, '_' or '-'.",
  ERR_USER_SIG_INVALID: 'The userSig is not valid for this user and SDKAppID, or it has expired.',
  ERR_ROOM_REQUEST_ENTER_ROOM_TIMEOUT: 'Entering the room timed out. Check the network and try again.',
  ERR_ROOM_REQUEST_QUIT_ROOM_TIMEOUT: 'Leaving the room timed out.',
  ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT: 'The cross-room PK request timed out. Try again, or pick another anchor.',
  ERR_ROOM_REQUEST_DISCONN_ROOM_TIMEOUT: 'Ending the cross-room PK timed out.',
  ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM: 'The cross-room request needs a room ID (or string room ID) and a user ID.',
  ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE: 'Only an anchor can start or end a cross-room PK: switch to anchor first.',
  ERR_SERVER_CENTER_CONN_ROOM_REACH_MAX_NUM: 'You already hold the maximum number of cross-room links: end the current PK first.',
  ERR_SERVER_CENTER_CONN_ROOM_REQ_TIMEOUT: 'The cross-room PK request timed out on the server.',
  ERR_SERVER_CENTER_CONN_ROOM_NOT_CONNED: 'There is no cross-room PK to end.',
  ERR_SERVER_CENTER_CONN_ROOM_CONNED_ROOM_NOT_EXIST: 'The target room does not exist: check the room ID.',
  ERR_SERVER_CENTER_CONN_ROOM_CONNED_REACH_MAX_ROOM: 'The target room has reached its cross-room link limit: try later.',
  ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST: 'The target anchor is not in that room: check the user ID.',
  WARNING_ROOM_DISCONNECT: 'The network connection to the cloud was lost.',
  WARNING_ROOM_RECONNECT: 'Reconnecting to the cloud.',
  WARNING_ROOM_NET_BUSY: 'The network is busy.',
  WARNING_IGNORE_UPSTREAM_FOR_AUDIENCE: 'You are in the audience: camera and microphone are not published. Switch to anchor to go on air.',
  ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO: 'Someone else in the room is sharing a screen: one user per room may share at a time. Try again once they stop.',
  ERR_SERVER_CENTER_NO_PRIVILEDGE_PUSH_SUB_VIDEO: 'Only an anchor can share a screen: switch to anchor first.',
  ERR_SCREEN_CAPTURE_START_FAIL: 'The screen share could not start: pick the screen or window to share again.',
  ERR_PUBLISH_CDN_STREAM_REQUEST_TIME_OUT: 'The CDN could not be reached for 60 s: check the push URL and the CDN, then recover or restart.',
  ERR_PUBLISH_CDN_STREAM_SERVER_FAILED: 'The relay to the CDN was refused: check the push URLs, or stop the task already pushing to them.',
  ERR_CLOUD_MIX_TRANSCODING_SERVER_FAILED: 'The cloud mix was refused: check the encoder settings and the layout.',
  ERR_ROOM_REQUEST_STOP_PUBLISHING_ERROR: 'The CDN task to stop is not known to the cloud any more.',
} as const;

const TEXTS: Readonly<Record<string, string>> = CODE_TEXTS;

function humanize(name: string): string {
  const words = name.replace(/^(ERR|WARNING)_/, '').toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1) + '.';
}

/** Explains a TRTC error or warning code in plain language. */
export function describeCode(code: number): CodeDescription {
  const name = NAMES.get(code);
  if (!name) return { code, name: 'UNKNOWN', text: `TRTC code ${code}.` };
  return { code, name, text: TEXTS[name] ?? humanize(name) };
}

/** What an onExitRoom reason means, as a stable key for display and translation. */
export type ExitReasonKey = 'left' | 'removed' | 'dismissed' | 'unknown';

/** Maps onExitRoom's reason (0 exitRoom, 1 RemoveUser, 2 DismissRoom) to its meaning. */
export function exitReasonKey(reason: number | null): ExitReasonKey {
  return reason === 0 ? 'left' : reason === 1 ? 'removed' : reason === 2 ? 'dismissed' : 'unknown';
}
