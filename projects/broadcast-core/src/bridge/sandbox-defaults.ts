/** The SDKAppID of the embedded sandbox cloud; the console's form starts with it. */
export const SANDBOX_SDK_APP_ID = 1400000001;
/** The test sound built into the sandbox, for startSpeakerDeviceTest (a real SDK needs a WAV or MP3 path instead). */
export const SANDBOX_SPEAKER_TEST_SOUND = 'sandbox://sounds/speaker-test';
