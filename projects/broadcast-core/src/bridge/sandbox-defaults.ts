/** The SDKAppID of the embedded sandbox cloud; the console's form starts with it. */
export const SANDBOX_SDK_APP_ID = 1400000001;
