import { createRequire } from 'node:module';

// Read at run time so the version always follows the installed trtc-electron-sdk.
const nodeRequire = createRequire(__filename);
const sdkPackage = nodeRequire('trtc-electron-sdk/package.json') as { version: string };

/** What SandboxTRTCCloud.getSDKVersion returns: the installed SDK's version, marked as the sandbox. */
export const SANDBOX_SDK_VERSION = `${sdkPackage.version}-sandbox`;
