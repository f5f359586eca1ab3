/**
 * Node's zlib for the package's zip (workbook/package/zip.ts): deflating a province's checked copy and checking
 * its CRCs in native code is several times faster than fflate in JavaScript, and its buffers stay outside the heap
 * (less garbage collection). The web page and the pane keep fflate.
 */
import * as zlib from "node:zlib";
import { crc32 as portableCrc32, type ZipCodec } from "../workbook/package/zip";

/** zlib.crc32 is Node 20.15's and 22.2's; older Nodes use the portable one. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const nativeZipCodec: ZipCodec = {
  deflate: (content) => zlib.deflateRawSync(content, { level: 1 }),
  // maxOutputLength cuts an entry that inflates past its declared size (zlib throws; the caller calls it corrupt).
  inflate: (raw, size) => zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) }),
  crc32: nativeCrc32 ? (bytes) => nativeCrc32(bytes) : portableCrc32,
};
