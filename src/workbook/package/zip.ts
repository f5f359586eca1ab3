/**
 * The zip container of an .xlsx, read and written by hand so that the checked copy can carry every entry Junheng
 * does not change exactly as it was: its compressed bytes, CRC and sizes are copied, never re-inflated or
 * re-deflated (fflate has no raw copy). Only what a package needs: stored and deflated entries, zip64 sizes on
 * reading, UTF-8 names; no encryption, no multi-disk archives.
 */
import { deflateSync, inflateSync } from "fflate";
import { InputError } from "../../domain/errors";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** DOS time and date of the original entry, kept on copy. */
  readonly time: number;
  readonly date: number;
  /** The entry's data as stored in the archive (compressed when method is 8). */
  readonly raw: Uint8Array;
}

/**
 * How entries are compressed and checked. fflate everywhere by default (the web page, the pane: no Node there);
 * the command line gives Node's zlib (cli/nativeZip.ts), several times faster on a province's copy, with its
 * buffers outside the JavaScript heap. Raw deflate (no zlib header), as zip stores it.
 */
export interface ZipCodec {
  /** Raw deflate at level 1: a province's result sheets compress in a third of level 6's time, a fifth larger. */
  deflate(content: Uint8Array): Uint8Array;
  /** Raw inflate into at most `size` bytes: an entry that lies about its size is cut there, and its CRC tells. */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  crc32(bytes: Uint8Array): number;
}

/** fflate: what the web page and the pane use. */
export const portableZipCodec: ZipCodec = {
  deflate: (content) => deflateSync(content, { level: 1 }),
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  crc32: (bytes) => crc32(bytes),
};

let codec = portableZipCodec;

/** Sets the codec for every later read and write (the command line's, at start); returns the one it replaces. */
export function useZipCodec(next: ZipCodec): ZipCodec {
  const previous = codec;
  codec = next;
  return previous;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const UTF8_FLAG = 0x0800;

const corrupt = (fileName: string) => new InputError(`无法读取工作簿「${fileName}」：压缩包结构已损坏（可能没有下载完，或复制时中断）。请重新导出或复制一份完整的工作簿。`, { kind: "unreadableWorkbook", file: fileName });

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEnd(bytes: Uint8Array, data: DataView): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) if (data.getUint32(i, true) === END) return i;
  return -1;
}

/** Sizes and offset that did not fit 32 bits, from the entry's zip64 extra field (id 1), in the order the format fixes. */
function zip64Values(data: DataView, extraStart: number, extraLength: number, wanted: readonly boolean[]): number[] {
  const values: number[] = [];
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = data.getUint16(at, true);
    const length = data.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      for (const want of wanted) {
        if (!want) continue;
        values.push(Number(data.getBigUint64(field, true)));
        field += 8;
      }
      return values;
    }
    at += 4 + length;
  }
  return values;
}

/** The entries of a zip, in central-directory order, each pointing into `bytes` (nothing is inflated). */
export function readZip(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const data = view(bytes);
  const end = findEnd(bytes, data);
  if (end < 0) throw corrupt(fileName);
  let count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && data.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const zip64End = Number(data.getBigUint64(end - 12, true));
    if (zip64End + 56 > bytes.length || data.getUint32(zip64End, true) !== ZIP64_END) throw corrupt(fileName);
    count = Number(data.getBigUint64(zip64End + 32, true));
    offset = Number(data.getBigUint64(zip64End + 48, true));
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL) throw corrupt(fileName);
    const flags = data.getUint16(at + 8, true);
    if (flags & 1) throw new InputError(`工作簿「${fileName}」中的部分内容已加密，无法读取。请在 Excel 或 WPS 中取消密码并保存后再审核。`, { kind: "encryptedWorkbook", file: fileName });
    const method = data.getUint16(at + 10, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let compressedSize = data.getUint32(at + 20, true);
    let size = data.getUint32(at + 24, true);
    let localOffset = data.getUint32(at + 42, true);
    const wide = [size === 0xffffffff, compressedSize === 0xffffffff, localOffset === 0xffffffff];
    if (wide.some(Boolean)) {
      const values = zip64Values(data, at + 46 + nameLength, extraLength, wide);
      if (wide[0]) size = values.shift() ?? size;
      if (wide[1]) compressedSize = values.shift() ?? compressedSize;
      if (wide[2]) localOffset = values.shift() ?? localOffset;
    }
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (localOffset + 30 > bytes.length || data.getUint32(localOffset, true) !== LOCAL) throw corrupt(fileName);
    const start = localOffset + 30 + data.getUint16(localOffset + 26, true) + data.getUint16(localOffset + 28, true);
    if (start + compressedSize > bytes.length) throw corrupt(fileName);
    entries.push({
      name,
      method,
      crc: data.getUint32(at + 16, true),
      compressedSize,
      size,
      time: data.getUint16(at + 12, true),
      date: data.getUint16(at + 14, true),
      raw: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's content. `limit` bounds the declared size before any byte is inflated (a zip bomb stops here). */
export function inflateEntry(entry: ZipEntry, fileName: string, limit: number): Uint8Array {
  if (entry.size > limit) {
    throw new InputError(`工作簿「${fileName}」中的「${entry.name}」解压后有 ${Math.round(entry.size / 1024 / 1024)} MB，超过 ${Math.round(limit / 1024 / 1024)} MB 的上限：全省的登记表也远小于此，请确认选对了文件。`, { kind: "workbookTooLarge", file: fileName });
  }
  if (entry.method === 0) return entry.raw;
  if (entry.method !== 8) throw new InputError(`工作簿「${fileName}」使用了不支持的压缩方式，无法读取。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再审核。`, { kind: "unreadableWorkbook", file: fileName });
  try {
    // Inflated into at most the declared size: an entry that lies about its size is cut there, and its CRC then tells.
    const out = codec.inflate(entry.raw, entry.size);
    if (out.length !== entry.size || codec.crc32(out) !== entry.crc) throw corrupt(fileName);
    return out;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw corrupt(fileName);
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A new entry from its content: deflated (level 1, see ZipCodec), or stored when `store` (a scratch copy). */
export function newEntry(name: string, content: Uint8Array, store = false): ZipEntry {
  const raw = store ? content : codec.deflate(content);
  // 2026-01-01 00:00 in DOS format: a fixed time, so the same input gives the same bytes.
  return { name, method: store ? 0 : 8, crc: codec.crc32(content), compressedSize: raw.length, size: content.length, time: 0, date: ((2026 - 1980) << 9) | (1 << 5) | 1, raw };
}

/**
 * Text of parts being written, encoded as UTF-8 into one buffer reused from part to part, then deflated into an
 * entry. A province's result sheet is never one huge string nor a fresh buffer of its own: every large allocation
 * (and the external memory it adds) made the collector mark the whole heap of the check again.
 */
export class PartWriter {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;
  private pending = "";
  private readonly encoder = new TextEncoder();

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= 1 << 16) this.flush();
  }

  /** The text written since the last entry, as a deflated entry of this name. */
  entry(name: string): ZipEntry {
    this.flush();
    const entry = newEntry(name, this.buffer.subarray(0, this.length));
    this.length = 0;
    return entry;
  }

  private flush(): void {
    const text = this.pending;
    this.pending = "";
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (this.buffer.length - this.length < text.length * 3) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + text.length * 3));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += this.encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }
}

/** A zip of the entries in the order given; entries over 4 GB are not supported (refused when reading). */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i].length + e.raw.length, 0);
  const centralSize = entries.reduce((n, _e, i) => n + 46 + names[i].length, 0);
  if (localSize + centralSize > 0xfffffff0 || entries.length > 0xfffe) throw new InputError("审核结果超过 4 GB，无法写出。");
  const out = new Uint8Array(localSize + centralSize + 22);
  const data = view(out);
  const offsets: number[] = [];
  let at = 0;
  const header = (e: ZipEntry, name: Uint8Array, pos: number) => {
    data.setUint16(pos, 20, true); // version needed
    data.setUint16(pos + 2, /[^\x20-\x7e]/.test(e.name) ? UTF8_FLAG : 0, true);
    data.setUint16(pos + 4, e.method, true);
    data.setUint16(pos + 6, e.time, true);
    data.setUint16(pos + 8, e.date, true);
    data.setUint32(pos + 10, e.crc, true);
    data.setUint32(pos + 14, e.compressedSize, true);
    data.setUint32(pos + 18, e.size, true);
    data.setUint16(pos + 22, name.length, true);
    data.setUint16(pos + 24, 0, true);
  };
  entries.forEach((e, i) => {
    offsets.push(at);
    data.setUint32(at, LOCAL, true);
    header(e, names[i], at + 4);
    out.set(names[i], at + 30);
    out.set(e.raw, at + 30 + names[i].length);
    at += 30 + names[i].length + e.raw.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    data.setUint32(at, CENTRAL, true);
    data.setUint16(at + 4, 20, true); // version made by
    header(e, names[i], at + 6);
    // comment length, disk, internal and external attributes stay 0
    data.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  data.setUint32(at, END, true);
  data.setUint16(at + 8, entries.length, true);
  data.setUint16(at + 10, entries.length, true);
  data.setUint32(at + 12, at - centralStart, true);
  data.setUint32(at + 16, centralStart, true);
  return out;
}
