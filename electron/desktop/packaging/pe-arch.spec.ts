import { peArch } from './pe-arch';

/** A minimal PE header: "MZ", the PE offset at 0x3c, "PE\0\0" and the machine type. */
function peImage(machine: number, peOffset = 0x80): Uint8Array {
  const bytes = new Uint8Array(peOffset + 24);
  const view = new DataView(bytes.buffer);
  bytes.set([0x4d, 0x5a]);
  view.setUint32(0x3c, peOffset, true);
  view.setUint32(peOffset, 0x00004550, true);
  view.setUint16(peOffset + 4, machine, true);
  return bytes;
}

describe('peArch', () => {
  it.each([
    [0x014c, 'ia32'],
    [0x8664, 'x64'],
    [0xaa64, 'arm64'],
  ])('reads machine %s as %s', (machine, arch) => {
    expect(peArch(peImage(machine))).toBe(arch);
  });

  it('reads a header that sits in a slice of a larger buffer', () => {
    const whole = new Uint8Array(300);
    whole.set(peImage(0x8664), 10);
    expect(peArch(whole.subarray(10))).toBe('x64');
  });

  it('says nothing for an unknown machine, a non-PE file, a truncated header or a Mach-O file', () => {
    expect(peArch(peImage(0x01c4))).toBeUndefined();
    expect(peArch(new TextEncoder().encode('#!/bin/sh\n'.padEnd(100, ' ')))).toBeUndefined();
    expect(peArch(peImage(0x8664).subarray(0, 0x84))).toBeUndefined();
    expect(peArch(new Uint8Array([0xcf, 0xfa, 0xed, 0xfe, ...new Array(100).fill(0)]))).toBeUndefined();
  });
});
