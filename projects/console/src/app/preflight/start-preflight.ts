import type { Command } from '@broadcast-core/bridge';

/** Who the speed test identifies as, and how the mic test runs. */
export interface PreflightStart {
  sdkAppId: number;
  userId: string;
  /** Play the microphone back to the speaker during its test. */
  playback: boolean;
  /** A mic test already runs: it is restarted, so its five silent seconds count from now. */
  micRunning: boolean;
}

/**
 * Starts every check of the pre-flight, as "Run checks" and "Go on air" both do: mic, camera, speaker, then the
 * network. Stops at the first command the broker refuses; true when all were accepted.
 */
export async function startPreflight(send: (command: Command) => Promise<boolean>, start: PreflightStart): Promise<boolean> {
  if (start.micRunning) await send({ type: 'stopMicDeviceTest' });
  if (!(await send({ type: 'startMicDeviceTest', playback: start.playback }))) return false;
  if (!(await send({ type: 'startCameraDeviceTest' }))) return false;
  if (!(await send({ type: 'startSpeakerDeviceTest' }))) return false;
  return send({ type: 'startSpeedTest', sdkAppId: start.sdkAppId, userId: start.userId });
}
