import { TRTCDeviceInfo, TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

/** The device kinds a client selects from. */
export type DeviceKind = TRTCDeviceType.TRTCDeviceTypeCamera | TRTCDeviceType.TRTCDeviceTypeMic | TRTCDeviceType.TRTCDeviceTypeSpeaker;

const resolutions = (...sizes: [number, number][]) => ({ SupportedResolution: sizes.map(([width, height]) => ({ width, height })) });

/** Plausible devices of a desk setup; cameras list their capture sizes as trtc_define TRTCDeviceInfo describes. */
export const DEVICE_CATALOG: Record<DeviceKind, readonly TRTCDeviceInfo[]> = {
  [TRTCDeviceType.TRTCDeviceTypeCamera]: [
    new TRTCDeviceInfo('sandbox-camera-hd', 'Sandbox HD Camera', resolutions([1920, 1080], [1280, 720], [640, 360])),
    new TRTCDeviceInfo('sandbox-camera-desk', 'Sandbox Desk Camera', resolutions([1280, 720], [640, 480])),
    new TRTCDeviceInfo('sandbox-camera-virtual', 'Sandbox Virtual Camera', {}),
  ],
  [TRTCDeviceType.TRTCDeviceTypeMic]: [
    new TRTCDeviceInfo('sandbox-mic-builtin', 'Sandbox Built-in Microphone', {}),
    new TRTCDeviceInfo('sandbox-mic-usb', 'Sandbox USB Microphone', {}),
  ],
  [TRTCDeviceType.TRTCDeviceTypeSpeaker]: [
    new TRTCDeviceInfo('sandbox-speaker-builtin', 'Sandbox Built-in Speakers', {}),
    new TRTCDeviceInfo('sandbox-speaker-headset', 'Sandbox Headset', {}),
  ],
};

