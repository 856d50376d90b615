import { FuseV1Options, FuseVersion } from '@electron/fuses';

import { FUSES } from './fuses';

/** What docs/desktop.md promises for each security fuse. */
const REQUIRED: ReadonlyArray<[FuseV1Options, boolean]> = [
  [FuseV1Options.RunAsNode, false],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  [FuseV1Options.EnableNodeCliInspectArguments, false],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  [FuseV1Options.OnlyLoadAppFromAsar, true],
  [FuseV1Options.EnableCookieEncryption, true],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
];

describe('FUSES', () => {
  it('is a version 1 fuse wire', () => {
    expect(FUSES.version).toBe(FuseVersion.V1);
  });

  it.each(REQUIRED.map(([fuse, value]) => [FuseV1Options[fuse], fuse, value] as const))('sets %s to the required value', (_name, fuse, value) => {
    expect(FUSES[fuse]).toBe(value);
  });

  it('states every fuse @electron/fuses knows, so none is left to a default by accident', () => {
    const fuses = Object.values(FuseV1Options).filter((value): value is FuseV1Options => typeof value === 'number');
    expect(fuses.length).toBeGreaterThanOrEqual(8);
    for (const fuse of fuses) expect(typeof FUSES[fuse]).toBe('boolean');
  });

  it('does not ask for an ad-hoc macOS signature reset itself (the Forge plugin decides that from the signing config)', () => {
    expect('resetAdHocDarwinSignature' in FUSES).toBe(false);
  });
});
