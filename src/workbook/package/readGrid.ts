/**
 * The grid of a package: each worksheet's values read by the cell reader (cellReader.ts) from its XML up to the end
 * of its cells, and its merges read by their bounds. Drawings, charts, pivot tables, tables, comments, validations
 * and conditional formats are never parsed: they cannot trip the reading (LibreOffice tables, absolute targets)
 * nor make it expand a whole-column merge or validation cell by cell.
 */
import { InputError } from "../../domain/errors";
import { parseRangeAddress, type CellRange, type SheetGrid, type WorkbookGrid } from "../../domain/grid";
import { MARKER_SHEET } from "../port";
import { settleRows } from "../sheetRows";
import { dateStyles, readSharedStrings, readSheetRows, type CellContext } from "./cellReader";
import { type WorkbookPackage } from "./workbookPackage";
import { attribute, bytesOf, rootPrefix, tags, textOf } from "./xml";

/**
 * Bounds of what is read, far above a province's register (30 000 schools is about 2.5 million cells) and far
 * below what exhausts memory: a sheet of a million dense rows stops here, in a second, with the limit named.
 */
export const MAX_CELLS = 6_000_000;
export const MAX_ROWS = 1_000_000;

/** The last index of `pattern` in `bytes`, or -1: the end of a sheet's cells is found without decoding the sheet. */
function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array): number {
  outer: for (let at = bytes.length - pattern.length; at >= 0; at--) {
    for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) continue outer;
    return at;
  }
  return -1;
}

/** Occurrences of `<c ` or `<c>` and of `<row` (with the sheet's prefix), counted on the bytes, before any decoding. */
function countCells(bytes: Uint8Array, prefix: string): { cells: number; rows: number } {
  const open = bytesOf(`<${prefix}`);
  let cells = 0;
  let rows = 0;
  const isEnd = (b: number) => b === 32 || b === 62 || b === 47 || b === 9 || b === 10 || b === 13;
  for (let at = bytes.indexOf(open[0]); at >= 0; at = bytes.indexOf(open[0], at + 1)) {
    let k = 1;
    while (k < open.length && bytes[at + k] === open[k]) k++;
    if (k < open.length) continue;
    const next = at + open.length;
    if (bytes[next] === 99 /* c */ && isEnd(bytes[next + 1])) cells++;
    else if (bytes[next] === 114 /* r */ && bytes[next + 1] === 111 && bytes[next + 2] === 119 && isEnd(bytes[next + 3])) rows++;
  }
  return { cells, rows };
}

interface SheetCopy {
  /** The sheet's bytes up to the end of its cells, and the tag that closes what was cut. */
  readonly bytes: Uint8Array;
  readonly tail: string;
  readonly merges: CellRange[];
}

/** The sheet up to the end of its cells, and its merges. */
function sheetCopy(bytes: Uint8Array, prefix: string, sheetName: string, fileName: string): SheetCopy {
  const close = bytesOf(`</${prefix}sheetData>`);
  let end = lastIndexOfBytes(bytes, close);
  if (end >= 0) end += close.length;
  else {
    const text = textOf(bytes);
    const empty = new RegExp(`<${prefix}sheetData\\s*/>`).exec(text);
    if (!empty) throw new InputError(`无法读取工作簿「${fileName}」：工作表「${sheetName}」的内容不完整，文件可能已损坏。`, { kind: "unreadableWorkbook", file: fileName });
    end = bytesOf(text.slice(0, empty.index + empty[0].length)).length;
  }
  const merges = tags(textOf(bytes.subarray(end)), "mergeCell").flatMap((tag) => parseRangeAddress(attribute(tag, "ref") ?? "") ?? []);
  return { bytes: bytes.subarray(0, end), tail: `</${prefix}worksheet>`, merges };
}

function tooMany(fileName: string, sheetName: string, what: string, limit: number): InputError {
  return new InputError(`工作簿「${fileName}」有超过 ${limit.toLocaleString("en-US")} ${what}（到工作表「${sheetName}」为止），超过了审核的上限：全省的登记表也远小于此。请删去无关的工作表或整行整列的多余内容后再审核。`, { kind: "workbookTooLarge", file: fileName });
}

/** The sheets' values, merges and visibility, and the names Junheng's marker sheet lists as its own. */
export function readGrid(pkg: WorkbookPackage): WorkbookGrid {
  const workbookXml = pkg.text(pkg.workbookPart);
  const stylesPart = pkg.workbookPartOf("styles");
  const stringsPart = pkg.workbookPartOf("sharedStrings");
  const context: CellContext = {
    strings: stringsPart ? readSharedStrings(pkg.bytes(stringsPart), pkg.fileName, stringsPart) : [],
    dates: dateStyles(stylesPart ? pkg.text(stylesPart) : null),
    date1904: tags(workbookXml, "workbookPr").some((tag) => /^(1|true)$/.test(attribute(tag, "date1904") ?? "")),
  };
  const sheets: SheetGrid[] = [];
  const ownedSheets: string[] = [];
  let cells = 0;
  let rows = 0;
  for (const sheet of pkg.sheets()) {
    if (sheet.part === null) continue;
    const bytes = pkg.bytes(sheet.part);
    const prefix = rootPrefix(textOf(bytes.subarray(0, 4096)));
    const counted = countCells(bytes, prefix);
    cells += counted.cells;
    rows += counted.rows;
    if (cells > MAX_CELLS) throw tooMany(pkg.fileName, sheet.name, "个单元格", MAX_CELLS);
    if (rows > MAX_ROWS) throw tooMany(pkg.fileName, sheet.name, "行", MAX_ROWS);
    const copy = sheetCopy(bytes, prefix, sheet.name, pkg.fileName);
    const values = readSheetRows(copy.bytes, copy.tail, context, pkg.fileName, sheet.part);
    if (sheet.name === MARKER_SHEET) {
      for (const row of values) if (typeof row?.[0] === "string") ownedSheets.push(row[0]);
      continue;
    }
    sheets.push({ name: sheet.name, rows: settleRows(values, copy.merges), merges: copy.merges, visibility: sheet.state });
  }
  return { sheets, ownedSheets };
}
