/**
 * Just enough of the zip and OLE compound-file formats to say what a file is before a parser fails on it with an
 * English message: the names of a zip's entries (from its central directory) and of a compound file's streams
 * (from its directory sectors). Both readers are bounded by the file's own size and never throw.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65 535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  let text = "";
  for (let i = start; i < start + length && i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

/**
 * Entry names of a zip, or null when the end-of-central-directory record is missing or points outside the file:
 * the file was cut short (an unfinished download or copy). A zip64 archive lists no names here ([]), which is
 * fine: registers are far below 4 GB, and the parser gets the final word.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const data = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--) {
    if (data.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = data.getUint16(eocd + 10, true);
  const size = data.getUint32(eocd + 12, true);
  const offset = data.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) return [];
  if (offset + size > eocd) return null;
  const names: string[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || data.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    names.push(latin1(bytes, at + 46, nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
/** A compound file's directory is a few sectors; this bounds the walk should a chain loop. */
const MAX_DIRECTORY_SECTORS = 256;

/**
 * Stream and storage names of an OLE compound file ([MS-CFB]), or null when its header or directory cannot be
 * followed. Only the FAT sectors listed in the header are used (enough for files up to about 7 MB).
 */
export function compoundFileNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null;
  const data = view(bytes);
  const shift = data.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const sector = 1 << shift;
  const offsetOf = (n: number) => (n + 1) * sector;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const n = data.getUint32(76 + i * 4, true);
    if (n === FREE || n === END_OF_CHAIN) break;
    fatSectors.push(n);
  }
  const next = (n: number): number | null => {
    const perSector = sector / 4;
    const fat = fatSectors[Math.floor(n / perSector)];
    const at = fat === undefined ? -1 : offsetOf(fat) + (n % perSector) * 4;
    return at >= 0 && at + 4 <= bytes.length ? data.getUint32(at, true) : null;
  };
  const names: string[] = [];
  let current: number | null = data.getUint32(48, true);
  for (let walked = 0; current !== null && current !== END_OF_CHAIN && walked < MAX_DIRECTORY_SECTORS; walked++) {
    const start = offsetOf(current);
    if (start + sector > bytes.length) return names.length > 0 ? names : null;
    for (let at = start; at < start + sector; at += 128) {
      const length = data.getUint16(at + 64, true);
      if (length < 2 || length > 64 || bytes[at + 66] === 0) continue;
      let name = "";
      for (let i = 0; i < length / 2 - 1; i++) name += String.fromCharCode(data.getUint16(at + i * 2, true));
      names.push(name);
    }
    current = next(current);
  }
  return names;
}
