/**
 * File containers for the corpus, made byte by byte so no binary blob is checked in: zip packages (a Word
 * document, an OpenDocument sheet, a binary .xlsb) with fflate, and OLE compound files (an old .xls, an
 * .xlsx with an opening password) in the layout [MS-CFB] describes, with 512-byte sectors.
 */
import { strToU8, zipSync } from "fflate";

export function zipOf(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/** One directory entry of 128 bytes: UTF-16LE name, type (1 storage, 2 stream, 5 root), start sector and size. */
function directoryEntry(name: string, type: 1 | 2 | 5, start: number, size: number, child = FREE): Uint8Array {
  const entry = new Uint8Array(128);
  const view = new DataView(entry.buffer);
  for (let i = 0; i < name.length; i++) view.setUint16(i * 2, name.charCodeAt(i), true);
  view.setUint16(64, (name.length + 1) * 2, true);
  entry[66] = type;
  entry[67] = 1; // black node
  view.setUint32(68, FREE, true);
  view.setUint32(72, FREE, true);
  view.setUint32(76, child, true);
  view.setUint32(116, start, true);
  view.setUint32(120, size, true);
  return entry;
}

/**
 * A version 3 compound file holding the named streams, each stored in whole 512-byte sectors (the 4 096-byte
 * mini-stream cut-off is met by padding every stream to 4 096 bytes). Streams are chained as siblings under the
 * root, which is enough for a reader to list them; nothing here needs to open in Excel.
 */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(streams);
  const padded = names.map((n) => {
    const data = new Uint8Array(Math.max(4096, Math.ceil(streams[n].length / SECTOR) * SECTOR));
    data.set(streams[n]);
    return data;
  });
  const dataSectors = padded.reduce((sum, d) => sum + d.length / SECTOR, 0);
  const dirSectors = Math.ceil(((names.length + 1) * 128) / SECTOR);
  const fatSector = 0;
  const firstDir = 1;
  const total = 1 + dirSectors + dataSectors;
  const file = new Uint8Array(SECTOR * (1 + total));
  const header = new DataView(file.buffer, 0, SECTOR);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  header.setUint16(24, 0x003e, true); // minor version
  header.setUint16(26, 0x0003, true); // major version 3
  header.setUint16(28, 0xfffe, true); // little-endian
  header.setUint16(30, 9, true); // 2^9 = 512-byte sectors
  header.setUint16(32, 6, true); // 64-byte mini sectors
  header.setUint32(44, 1, true); // one FAT sector
  header.setUint32(48, firstDir, true);
  header.setUint32(56, 4096, true); // mini-stream cut-off
  header.setUint32(60, END_OF_CHAIN, true); // no mini FAT
  header.setUint32(68, END_OF_CHAIN, true); // no DIFAT sectors
  header.setUint32(76, fatSector, true);
  for (let i = 1; i < 109; i++) header.setUint32(76 + i * 4, FREE, true);

  const fat = new DataView(file.buffer, SECTOR * (1 + fatSector), SECTOR);
  for (let i = 0; i < SECTOR / 4; i++) fat.setUint32(i * 4, FREE, true);
  fat.setUint32(fatSector * 4, FAT_SECTOR, true);
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat.setUint32((start + i) * 4, i === count - 1 ? END_OF_CHAIN : start + i + 1, true);
  };
  chain(firstDir, dirSectors);

  let next = firstDir + dirSectors;
  const entries = [directoryEntry("Root Entry", 5, END_OF_CHAIN, 0, names.length > 0 ? 1 : FREE)];
  padded.forEach((data, i) => {
    const count = data.length / SECTOR;
    chain(next, count);
    file.set(data, SECTOR * (1 + next));
    const entry = directoryEntry(names[i], 2, next, streams[names[i]].length);
    // Siblings in a simple right-leaning chain.
    if (i + 1 < names.length) new DataView(entry.buffer).setUint32(72, i + 2, true);
    entries.push(entry);
    next += count;
  });
  entries.forEach((entry, i) => file.set(entry, SECTOR * (1 + firstDir) + i * 128));
  return file;
}
