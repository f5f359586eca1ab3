/**
 * The values of a package's sheets, read straight from their XML with a streaming parser (saxes, the parser
 * exceljs itself uses): no workbook model, no cell objects, no styles beyond "is this a date". A province's
 * register (30 000 schools, 2.5 million cells) is read in a fraction of exceljs's time and memory, and the grid is
 * the one exceljs's reading gave (shared, inline and rich strings, numbers, booleans, errors, dates by their number
 * format, formulas by their cached values), except where exceljs was wrong (docs/decisions-14.md, session 3).
 */
import { SaxesParser } from "saxes";
import { InputError } from "../../domain/errors";
import type { CellValue } from "../../domain/grid";
import { attribute, tags } from "./xml";

/** Tags as written (`x:c` keeps its prefix), attributes as plain strings, no line and column bookkeeping. */
type Plain = { xmlns: false; position: false };

/** Local name of a tag (`x:c` → `c`): strict and prefixed parts name their elements with a prefix. */
function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** How much of a part is decoded to text at a time: a sheet of 20 MB never becomes one 40 MB string. */
const CHUNK = 1 << 20;

/** Runs a parser over UTF-8 bytes, then `tail` (the closing tag of a part read only up to its cells). */
function parseBytes(parser: SaxesParser<Plain>, bytes: Uint8Array, tail = ""): void {
  const decoder = new TextDecoder("utf-8");
  for (let at = 0; at < bytes.length; at += CHUNK) parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
  parser.write(decoder.decode() + tail);
  parser.close();
}

/** Runs `parse`, turning the parser's English complaint about malformed XML into the one Chinese line. */
function guarded<T>(parse: () => T, fileName: string, part: string): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`无法读取工作簿「${fileName}」：「${part}」不是完整的 XML，文件可能已损坏。`, { kind: "unreadableWorkbook", file: fileName });
  }
}

/**
 * The longest text a cell's value, formula or shared string may reach while read: Excel holds at most 32 767
 * characters in a cell and 8 192 in a formula, so anything near a million is a decoy that would otherwise grow one
 * string towards V8's limit (a part inflates to 768 MB at most).
 */
const MAX_TEXT = 1 << 20;

function tooLong(fileName: string, part: string): InputError {
  return new InputError(`无法读取工作簿「${fileName}」：「${part}」中有超过一百万字的单元格内容，远超 Excel 每格 32 767 字的上限，文件可能已损坏。`, { kind: "unreadableWorkbook", file: fileName });
}

const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text as stored, with Excel's escapes for what XML cannot hold undone: `_x000D_` is a carriage return, and
 * `_x005F_` an underscore (so `_x005F_x000D_` is the literal text `_x000D_`). Excel reads these in every string.
 */
export function unescapeText(text: string): string {
  return text.includes("_x") ? text.replace(ESCAPED, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The shared strings, rich text joined and phonetic guides (rPh) left out, as exceljs read them. */
export function readSharedStrings(bytes: Uint8Array, fileName: string, part: string): string[] {
  const strings: string[] = [];
  const parser = new SaxesParser<Plain>({ xmlns: false, position: false });
  let text = "";
  let inText = false;
  let phonetic = 0;
  const onText = (chunk: string) => {
    if (!inText) return;
    text += chunk;
    if (text.length > MAX_TEXT) throw tooLong(fileName, part);
  };
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    if (name === "si") text = "";
    else if (name === "t") inText = phonetic === 0;
    else if (name === "rPh") phonetic++;
  });
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") strings.push(unescapeText(text));
  });
  return guarded(() => (parseBytes(parser, bytes), strings), fileName, part);
}

/**
 * Built-in number formats that show a date or time: the international ones (14–22, 45–47) and those of Chinese
 * Excel (27–36, 50–58), which a register saved there uses without writing their codes into the file.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a format code shows a date or time: after quoted text, escaped characters (`\年`), padding (`_)`, `*-`)
 * and bracketed parts (`[Red]`, `[$-804]`, `[DBNum1]`) are set aside, a year, month, day, hour, second or Buddhist
 * year letter remains. (exceljs looked for lower-case letters only and counted escaped ones.)
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/[_*]./g, "").replace(/\[[^\]]*\]/g, "");
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ""));
}

/** The cell style indexes (`s`) whose number format shows a date, from the styles part's cellXfs. */
export function dateStyles(stylesXml: string | null): ReadonlySet<number> {
  const dates = new Set<number>();
  if (stylesXml === null) return dates;
  const codes = new Map<number, string>();
  for (const tag of tags(stylesXml, "numFmt")) codes.set(Number(attribute(tag, "numFmtId")), attribute(tag, "formatCode") ?? "");
  const cellXfs = /<(?:[\w.-]+:)?cellXfs[\s>][\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml)?.[0] ?? "";
  tags(cellXfs, "xf").forEach((tag, index) => {
    const id = Number(attribute(tag, "numFmtId") ?? 0);
    const code = codes.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) dates.add(index);
  });
  return dates;
}

export interface CellContext {
  readonly strings: readonly string[];
  readonly dates: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** A serial date as a Date; one no Date can hold is the error Excel shows for it (the grid never holds an invalid Date). */
function serialDate(serial: number, date1904: boolean): CellValue {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? { error: "#NUM!" } : date;
}

/** A number cell: a date when its style's format is one; text that is no number stays text (a damaged file). */
function numberValue(text: string, style: number, context: CellContext): CellValue {
  const number = parseFloat(text);
  if (Number.isNaN(number)) return text;
  return context.dates.has(style) ? serialDate(number, context.date1904) : number;
}

function isoDate(text: string): CellValue {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? { error: "#NUM!" } : date;
}

/** Column index (0-based) of a reference's letters (`AB12` → 27), or -1 when it has none. */
function columnOf(ref: string): number {
  let col = 0;
  let k = 0;
  for (; k < ref.length; k++) {
    const code = ref.charCodeAt(k);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  return k === 0 ? -1 : col - 1;
}

/** Excel's own grid: a reference beyond it is a damaged or hostile file, not cells to make room for. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

const enum Capture {
  None,
  Value,
  Formula,
  Inline,
}

/**
 * A sheet's rows of values, from its XML up to the end of its cells (`tail` closes what was cut). Rows and cells
 * without a reference follow the previous one. A row keeps cells up to its last value; rows without a value are
 * left as holes (settleRows fills them).
 */
export function readSheetRows(bytes: Uint8Array, tail: string, context: CellContext, fileName: string, part: string): (CellValue[] | undefined)[] {
  const rows: (CellValue[] | undefined)[] = [];
  const parser = new SaxesParser<Plain>({ xmlns: false, position: false });
  let row = -1;
  let cells: CellValue[] = [];
  let col = -1;
  let type = "";
  let style = 0;
  let value = "";
  let hasValue = false;
  let formula = "";
  let isFormula = false;
  let inline = "";
  let inInline = false;
  let phonetic = 0;
  let capture = Capture.None;
  const beyond = () => new InputError(`无法读取工作簿「${fileName}」：「${part}」有超出 Excel 行列范围（1 048 576 行、16 384 列）的单元格，文件可能已损坏。`, { kind: "unreadableWorkbook", file: fileName });

  const onText = (text: string) => {
    if (capture === Capture.None) return;
    if (capture === Capture.Value) value += text;
    else if (capture === Capture.Formula) formula += text;
    else inline += text;
    if (value.length + formula.length + inline.length > MAX_TEXT) throw tooLong(fileName, part);
  };

  /** The cell's value as the grid holds it: a formula gives its cached result, or its text when it has none. */
  const cellValue = (): CellValue => {
    if (isFormula) {
      // A formula whose text result is empty is stored `<v></v>` (exceljs took that for "not calculated").
      if (hasValue && (value !== "" || type === "str")) {
        if (type === "str") return unescapeText(value);
        if (type === "b") return parseInt(value, 10) !== 0;
        if (type === "e") return { error: value };
        return numberValue(value, style, context);
      }
      // No cached result: the file was written by a program that does not calculate (Excel and WPS always save
      // one). Reading it as empty would hide the cell; its formula text makes the recogniser report it.
      return formula !== "" ? `=${formula}` : "=（未计算的公式）";
    }
    if (type === "inlineStr") return inline === "" ? null : unescapeText(inline);
    if (!hasValue || value === "") return null;
    switch (type) {
      case "s":
        return context.strings[parseInt(value, 10)] ?? null;
      case "str":
        return unescapeText(value);
      case "b":
        return parseInt(value, 10) !== 0;
      case "e":
        return { error: value };
      case "d":
        return isoDate(value);
      default:
        return numberValue(value, style, context);
    }
  };

  parser.on("opentag", (tag) => {
    switch (local(tag.name)) {
      case "row": {
        const r = tag.attributes.r;
        row = r !== undefined ? parseInt(r, 10) - 1 : row + 1;
        if (!(row >= 0)) row = rows.length;
        if (row >= EXCEL_ROWS) throw beyond();
        cells = rows[row] ?? [];
        col = -1;
        break;
      }
      case "c": {
        const ref = tag.attributes.r;
        const at = ref !== undefined ? columnOf(ref) : -1;
        col = at >= 0 ? at : col + 1;
        if (col >= EXCEL_COLUMNS) throw beyond();
        type = tag.attributes.t ?? "";
        const s = tag.attributes.s;
        style = s !== undefined ? parseInt(s, 10) : 0;
        value = "";
        hasValue = false;
        formula = "";
        isFormula = false;
        inline = "";
        break;
      }
      case "v":
        capture = Capture.Value;
        hasValue = true;
        break;
      case "f":
        capture = Capture.Formula;
        // A shared formula's other cells have an empty <f t="shared" si="0"/>.
        isFormula = true;
        break;
      case "is":
        inInline = true;
        break;
      case "t":
        if (inInline && phonetic === 0) capture = Capture.Inline;
        break;
      case "rPh":
        phonetic++;
        break;
    }
  });
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    switch (local(tag.name)) {
      case "v":
      case "f":
      case "t":
        capture = Capture.None;
        break;
      case "is":
        inInline = false;
        break;
      case "rPh":
        phonetic--;
        break;
      case "c": {
        if (row < 0) break;
        const cell = cellValue();
        if (cell === null) break;
        while (cells.length < col) cells.push(null);
        cells[col] = cell;
        break;
      }
      case "row":
        if (cells.length > 0) rows[row] = cells;
        cells = [];
        break;
    }
  });
  return guarded(() => (parseBytes(parser, bytes, tail), rows), fileName, part);
}
