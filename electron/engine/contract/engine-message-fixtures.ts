import type { EngineErrorCode } from './index';

/** Current and listed devices as a ready or devices message carries them. */
export const DEVICES = {
  cameras: [{ deviceId: 'cam-1', deviceName: 'Front camera' }],
  mics: [{ deviceId: 'mic-1', deviceName: 'Built-in mic' }],
  speakers: [],
  camera: 'cam-1',
  mic: 'mic-1',
  speaker: null,
};

/** Every error code an answer or fault may carry. */
export const ERROR_CODES: EngineErrorCode[] = ['unknown-method', 'sandbox-only', 'malformed', 'threw', 'skipped', 'not-found', 'user-sig-required'];
