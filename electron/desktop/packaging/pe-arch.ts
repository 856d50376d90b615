/** COFF machine types, as Node names the architectures. */
const MACHINES: Readonly<Record<number, string>> = { 0x014c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' };

/** Bytes of a file's start that peArch needs (the DOS header, then the PE header it points to). */
export const PE_HEADER_BYTES = 4096;

/**
 * The architecture a Windows PE image (.exe, .dll, .node) is built for, read from its COFF header;
 * undefined when the bytes are no PE image or the machine is not one Node runs on.
 */
export function peArch(head: Uint8Array): string | undefined {
  // "MZ", then the PE header's offset at 0x3c.
  if (head.length < 0x40 || head[0] !== 0x4d || head[1] !== 0x5a) return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const pe = view.getUint32(0x3c, true);
  // "PE\0\0", then the machine type.
  if (pe + 6 > head.length || view.getUint32(pe, true) !== 0x00004550) return undefined;
  return MACHINES[view.getUint16(pe + 4, true)];
}
