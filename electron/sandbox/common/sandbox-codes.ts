import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

/*
 * Codes the sandbox had to choose where trtc_code has no exact name for the situation. Each is an
 * existing TXLiteAVError entry; its Chinese description (liteav/trtc_code.d.ts) is quoted as the reason.
 * Codes that do have an exact name (ERR_USER_SIG_INVALID, ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE, ...) are
 * used directly from TXLiteAVError where they occur.
 */

/** The room is at its online cap (100,000 in live scenes, 300 in call scenes): -102052 "房间满员" (room full). */
export const ROOM_FULL = TXLiteAVError.ERR_SERVER_CENTER_ROOM_FULL;

/**
 * All anchor (upstream) seats are taken, 50 by default (trtc.d.ts enterRoom: "一个房间里最多支持50个主播同时上行音视频").
 * trtc_code has no anchor-count code; -102013 "没有权限上视频" (no right to publish video) is the server refusing
 * an upstream seat, and keeps this apart from ROOM_FULL.
 */
export const ANCHOR_SEATS_FULL = TXLiteAVError.ERR_SERVER_CENTER_NO_PRIVILEDGE_PUSH_VIDEO;

/**
 * The same userId entered the same room again: the older session is removed, -102018 "用户被删除状态"
 * (the user is in deleted state), followed by onExitRoom(1). Tencent's exit-room guide (trtc.io/document/48421):
 * "Two users with the same userId enter the same room, and the user who enters the room first will be kicked out."
 */
export const REPLACED_BY_NEWER_LOGIN = TXLiteAVError.ERR_SERVER_CENTER_USER_WAS_DELETED;

/** The scene differs from the room's (the guide: appScene must match across clients), or is not a TRTCAppScene: -100011 "场景或角色错误". */
export const BAD_SCENE = TXLiteAVError.ERR_SERVER_INFO_BAD_SCENE_OR_ROLE;

/** A role that is neither TRTCRoleAnchor nor TRTCRoleAudience: -102055 "未定义角色" (undefined role). */
export const INVALID_ROLE = TXLiteAVError.ERR_SERVER_CENTER_INVALID_ROLE;

/** switchRole or connectOtherRoom while not in a room: the server cannot find the user, -102007 "查找用户失败". */
export const NOT_IN_ROOM = TXLiteAVError.ERR_SERVER_CENTER_FIND_USER_FAILED;

/** enterRoom while already in (or entering) a room: -3301 "进入房间失败"; the current session is kept. */
export const ALREADY_IN_ROOM = TXLiteAVError.ERR_ROOM_ENTER_FAIL;

/**
 * startSpeakerDeviceTest with a path the sandbox cannot open (anything but its built-in test sound): trtc.d.ts
 * asks for "音频文件的绝对路径" (a WAV or MP3 file); the closest code is -2303 ERR_FILE_NOT_FOUND "播放的文件不存在"
 * (the file to play does not exist), reported through onError. A speaker that cannot open gets ERR_SPEAKER_START_FAIL.
 */
export const SPEAKER_TEST_FILE_NOT_FOUND = TXLiteAVError.ERR_FILE_NOT_FOUND;
