/**
 * What exceljs is given to read: a canonical, minimal package holding only the values — the workbook's sheet list,
 * styles (dates are numbers with a date format), shared strings and each sheet up to the end of its cells. Drawings,
 * charts, pivot tables, tables, comments, validations, conditional formats and merges never reach exceljs: it
 * cannot be tripped by them (LibreOffice tables, absolute targets) nor made to expand a whole-column merge or
 * validation cell by cell. Merges are read here, by their bounds.
 */
import { InputError } from "../../domain/errors";
import { parseCellAddress, type CellRange } from "../../domain/grid";
import { newEntry, writeZip } from "./zip";
import { type WorkbookPackage } from "./workbookPackage";
import { attribute, bytesOf, escapeXml, rootPrefix, tags, textOf } from "./xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * Bounds of what is read, far above a province's register (30 000 schools is about 2.5 million cells) and far
 * below what exhausts memory: a sheet of a million dense rows stops here, in a second, with the limit named.
 */
export const MAX_CELLS = 6_000_000;
export const MAX_ROWS = 1_000_000;

export interface ReadingCopy {
  readonly bytes: Uint8Array;
  /** Merged areas by sheet name, 0-based. */
  readonly merges: ReadonlyMap<string, readonly CellRange[]>;
}

function parseRange(ref: string): CellRange | null {
  const [from, to = from] = ref.split(":");
  if (!/^\$?[A-Z]{1,3}\$?\d{1,7}$/i.test(from) || !/^\$?[A-Z]{1,3}\$?\d{1,7}$/i.test(to)) return null;
  const a = parseCellAddress(from.replace(/\$/g, "").toUpperCase());
  const b = parseCellAddress(to.replace(/\$/g, "").toUpperCase());
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

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

/** A part with its main namespace's prefix removed (`<x:c>` → `<c>`), which is what exceljs understands. */
function unprefixed(xml: string, prefix: string): string {
  if (prefix === "") return xml;
  const name = prefix.slice(0, -1);
  return xml.replaceAll(`<${prefix}`, "<").replaceAll(`</${prefix}`, "</").replace(new RegExp(`xmlns:${name}=`), "xmlns=");
}

interface SheetCopy {
  readonly bytes: Uint8Array;
  readonly merges: CellRange[];
}

function joined(head: Uint8Array, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

/** The sheet up to the end of its cells, closed; decoded as text only when its elements carry a prefix. */
function sheetCopy(bytes: Uint8Array, prefix: string, sheetName: string, fileName: string): SheetCopy {
  const close = bytesOf(`</${prefix}sheetData>`);
  let end = lastIndexOfBytes(bytes, close);
  if (end >= 0) end += close.length;
  else {
    const text = textOf(bytes);
    const empty = new RegExp(`<${prefix}sheetData\\s*/>`).exec(text);
    if (!empty) throw new InputError(`无法读取工作簿「${fileName}」：工作表「${sheetName}」的内容不完整，文件可能已损坏。`);
    end = bytesOf(text.slice(0, empty.index + empty[0].length)).length;
  }
  const merges = tags(textOf(bytes.subarray(end)), "mergeCell").map((tag) => parseRange(attribute(tag, "ref") ?? "")).filter((m): m is CellRange => m !== null);
  const closed = joined(bytes.subarray(0, end), bytesOf(`</${prefix}worksheet>`));
  return { bytes: prefix === "" ? closed : bytesOf(unprefixed(textOf(closed), prefix)), merges };
}

function tooMany(fileName: string, sheetName: string, what: string, limit: number): InputError {
  return new InputError(`工作簿「${fileName}」有超过 ${limit.toLocaleString("en-US")} ${what}（到工作表「${sheetName}」为止），超过了审核的上限：全省的登记表也远小于此。请删去无关的工作表或整行整列的多余内容后再审核。`);
}

function contentTypes(sheets: number, styles: boolean, strings: boolean): string {
  const override = (part: string, type: string) => `<Override PartName="/xl/${part}" ContentType="${SML}.${type}+xml"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${CT}">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    override("workbook.xml", "sheet.main") +
    Array.from({ length: sheets }, (_, i) => override(`worksheets/sheet${i + 1}.xml`, "worksheet")).join("") +
    (styles ? override("styles.xml", "styles") : "") +
    (strings ? override("sharedStrings.xml", "sharedStrings") : "") +
    `</Types>`
  );
}

/** Builds the reading copy; throws InputError naming the limit when the workbook holds more cells than MAX_CELLS. */
export function readingCopy(pkg: WorkbookPackage): ReadingCopy {
  const workbookXml = pkg.text(pkg.workbookPart);
  const date1904 = tags(workbookXml, "workbookPr").some((tag) => /^(1|true)$/.test(attribute(tag, "date1904") ?? ""));
  const sheets = pkg.sheets().filter((s) => s.part !== null);
  const stylesPart = pkg.workbookPartOf("styles");
  const stringsPart = pkg.workbookPartOf("sharedStrings");
  const merges = new Map<string, CellRange[]>();
  const files: { name: string; text?: string; bytes?: Uint8Array }[] = [];
  let cells = 0;
  let rows = 0;
  sheets.forEach((sheet, i) => {
    const bytes = pkg.bytes(sheet.part!);
    const prefix = rootPrefix(textOf(bytes.subarray(0, 4096)));
    const counted = countCells(bytes, prefix);
    cells += counted.cells;
    rows += counted.rows;
    if (cells > MAX_CELLS) throw tooMany(pkg.fileName, sheet.name, "个单元格", MAX_CELLS);
    if (rows > MAX_ROWS) throw tooMany(pkg.fileName, sheet.name, "行", MAX_ROWS);
    const copy = sheetCopy(bytes, prefix, sheet.name, pkg.fileName);
    merges.set(sheet.name, copy.merges);
    files.push({ name: `xl/worksheets/sheet${i + 1}.xml`, bytes: copy.bytes });
  });
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  files.push(
    { name: "[Content_Types].xml", text: contentTypes(sheets.length, stylesPart !== null, stringsPart !== null) },
    { name: "_rels/.rels", text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>` },
    {
      name: "xl/workbook.xml",
      text:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets>` +
        sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" state="${s.state}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      text:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">` +
        sheets.map((_s, i) => rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`)).join("") +
        (stylesPart ? rel("rIdStyles", "styles", "styles.xml") : "") +
        (stringsPart ? rel("rIdStrings", "sharedStrings", "sharedStrings.xml") : "") +
        `</Relationships>`,
    },
  );
  for (const [part, name] of [[stylesPart, "xl/styles.xml"], [stringsPart, "xl/sharedStrings.xml"]] as const) {
    if (!part) continue;
    const xml = pkg.text(part);
    files.push({ name, text: unprefixed(xml, rootPrefix(xml)) });
  }
  return { bytes: writeZip(files.map((f) => newEntry(f.name, f.bytes ?? bytesOf(f.text ?? ""), true))), merges };
}

