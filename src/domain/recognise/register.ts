/**
 * Recognising the register in a workbook: which sheet is which, where each header block is, which column holds
 * which field, and every data row read with its provenance.
 */
import { cellAddress, cellAt, columnLetter, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid";
import { FILL_INFO_SHEET, REGISTER_SHEETS, sheetDef } from "../fields/dictionary";
import type { FieldDef, SheetDef, SheetId } from "../fields/types";
import type { Reading, RecognisedColumn, RecognisedSheet, Register, RegisterRow, StructureIssue } from "../register";
import { InputError } from "../errors";
import { removeSpaces, squeezeSpaces } from "../text";
import { assignColumns, type ColumnAssignment } from "./columns";
import { locateHeader, type HeaderBlock } from "./headerBlock";
import { mergedRows } from "./mergedRows";
import { isFillInfoSheet, isOutputSheet, sheetIdByName } from "./sheetNames";
import { readValue } from "./values";

/** A sheet recognised by its headers alone needs at least this many known columns. */
const MIN_FIELDS_BY_HEADERS = 3;
const TOTAL_ROW = /合计|总计|小计/;

/** A sheet's header block read as one register sheet, and its columns matched to that sheet's fields. */
interface SheetHeader {
  readonly block: HeaderBlock;
  readonly assignment: ColumnAssignment;
}

interface Candidate {
  readonly sheet: SheetGrid;
  readonly def: SheetDef;
  readonly byName: boolean;
  /** Null when the sheet has no header naming the key column of `def`. */
  readonly header: SheetHeader | null;
}

function readHeader(sheet: SheetGrid, def: SheetDef): SheetHeader | null {
  const block = locateHeader(sheet, def);
  return block ? { block, assignment: assignColumns(def, block.paths) } : null;
}

const fieldCount = (header: SheetHeader | null) => header?.assignment.matches.length ?? 0;

/** A row with no cell holding anything but spaces. */
export function isEmptyRow(row: ReadonlyArray<CellValue> | undefined): boolean {
  return !row || row.every((v) => v === null || (typeof v === "string" && removeSpaces(v) === ""));
}

function looksLikeTotal(value: CellValue): boolean {
  return typeof value === "string" && TOTAL_ROW.test(value);
}

function columnScale(field: FieldDef, units: readonly string[]): number {
  if (field.type !== "money") return 1;
  const unit = units.find((u) => u === "元" || u === "万元") ?? field.moneyUnit ?? "元";
  return unit === "万元" ? 10000 : 1;
}

/**
 * The A1 addresses of a workbook's readings, each spelt once: the register sheets have the same columns and rows
 * for the most part, so one string serves "D7" on every sheet instead of a million strings for a province.
 */
class Addresses {
  /** By column, then row. */
  private readonly columns: string[][] = [];

  of(row: number, col: number): string {
    const column = (this.columns[col] ??= []);
    return (column[row] ??= cellAddress(row, col));
  }
}

/** The sheet's rows read as `def`, from the header its candidate read (chooseCandidates), or null without one. */
function recogniseSheet(sheet: SheetGrid, def: SheetDef, header: SheetHeader | null, issues: StructureIssue[], addresses: Addresses): RecognisedSheet | null {
  if (!header) return null;
  const { block, assignment } = header;
  const headerCell = (col: number) => cellAddress(block.bottom, col);
  const headerLabel = (col: number) => block.paths[col].map((l) => l.text).join("/");

  const columns: RecognisedColumn[] = assignment.matches.map((m) => ({
    fieldId: m.field.id,
    col: m.col,
    letter: columnLetter(m.col),
    header: headerLabel(m.col),
    scale: columnScale(m.field, m.units),
  }));
  const found = new Set(columns.map((c) => c.fieldId));
  for (const field of def.fields) {
    if (field.required && !found.has(field.id)) {
      issues.push({ kind: "missingColumn", sheet: sheet.name, cells: [], detail: field.label });
    }
  }
  if (assignment.unknown.length > 0) {
    issues.push({
      kind: "unknownColumns",
      sheet: sheet.name,
      cells: assignment.unknown.map(headerCell),
      detail: listed(assignment.unknown.map(headerLabel)),
    });
  }
  for (const dup of assignment.duplicates) {
    issues.push({ kind: "duplicateColumn", sheet: sheet.name, cells: [headerCell(dup.col)], detail: `${headerLabel(dup.col)}（与已识别的「${dup.field.label}」列重复，未使用）` });
  }

  const fields = new Map<string, FieldDef>(def.fields.map((f) => [f.id, f]));
  const readers = columns.map((column) => ({ column, field: fields.get(column.fieldId) as FieldDef }));
  const keyColumn = columns.find((c) => c.fieldId === def.keyField);
  const nameColumn = columns.find((c) => c.fieldId === def.nameField);
  const merged = mergedRows(sheet, block.dataStart, columns.map((c) => c.col));
  issues.push(...merged.issues);
  // Every row holds the same fields, so each starts as a copy of one object with them all: V8 keeps such copies in
  // its fast layout, whereas 40 properties added one by one to {} turn into a slow dictionary that the rules then
  // index millions of times. Every key is assigned below, so none keeps the placeholder.
  const template = Object.fromEntries(columns.map((c) => [c.fieldId, null])) as unknown as Record<string, Reading>;
  const rows: RegisterRow[] = [];
  for (let r = block.dataStart; r < sheet.rows.length; r++) {
    const raw = sheet.rows[r];
    if (isEmptyRow(raw)) continue;
    const keyRaw = keyColumn ? merged.valueAt(r, keyColumn.col) : null;
    const nameRaw = nameColumn ? merged.valueAt(r, nameColumn.col) : null;
    if ((keyRaw === null && looksLikeTotal(nameRaw)) || (def.keyField !== "code" && looksLikeTotal(keyRaw))) {
      issues.push({ kind: "totalRow", sheet: sheet.name, cells: [cellAddress(r, (nameColumn ?? keyColumn)?.col ?? 0)], detail: squeezeSpaces(String(nameRaw ?? keyRaw)) });
      continue;
    }
    const readings: Record<string, Reading> = { ...template };
    // Indexed: a for-of allocates an iterator result per step until the loop is optimised (every cell of the sheet).
    for (let c = 0; c < readers.length; c++) {
      const { column, field } = readers[c];
      const read = readValue(merged.valueAt(r, column.col), field, column.scale);
      const cell = addresses.of(r, column.col);
      readings[column.fieldId] = read.note ? { value: read.value, cell, note: read.note } : { value: read.value, cell };
    }
    const key = readings[def.keyField]?.value;
    rows.push({ row: r + 1, key: typeof key === "string" ? key : null, fields: readings });
  }
  if (rows.length === 0) issues.push({ kind: "noData", sheet: sheet.name, cells: [cellAddress(block.top, keyColumn?.col ?? 0)], detail: def.name });
  return { id: def.id, name: sheet.name, headerRows: [block.top + 1, block.bottom + 1], dataStart: block.dataStart, columns, rows, raw: sheet.rows };
}

/** Ignored headers are named up to this many; a sheet with hundreds of extra columns gets a short message. */
const MAX_LISTED = 20;

function listed(labels: readonly string[]): string {
  return labels.length <= MAX_LISTED ? labels.join("、") : `${labels.slice(0, MAX_LISTED).join("、")} 等 ${labels.length} 列`;
}

function chooseCandidates(sheets: readonly SheetGrid[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sheet of sheets) {
    if (isOutputSheet(sheet.name) || isFillInfoSheet(sheet.name)) continue;
    const named = sheetIdByName(sheet.name);
    if (named) {
      const def = sheetDef(named);
      candidates.push({ sheet, def, byName: true, header: readHeader(sheet, def) });
      continue;
    }
    let best: Candidate | null = null;
    for (const def of REGISTER_SHEETS) {
      const header = readHeader(sheet, def);
      const count = fieldCount(header);
      if (count >= MIN_FIELDS_BY_HEADERS && (!best || count > fieldCount(best.header))) best = { sheet, def, byName: false, header };
    }
    if (best) candidates.push(best);
  }
  return candidates;
}

export interface FillInfoEntry {
  /** The label without spaces or a trailing colon, e.g. 统计年度. */
  readonly key: string;
  readonly value: CellValue;
  readonly sheet: string;
  /** Where the value sits (column B of the label's row). */
  readonly cell: string;
}

/** The 填报说明 sheet's entries, label in A and value in B, in sheet order (a repeated label appears each time). */
export function fillInfoEntries(sheets: readonly SheetGrid[]): FillInfoEntry[] {
  const sheet = sheets.find((s) => isFillInfoSheet(s.name));
  if (!sheet) return [];
  const entries: FillInfoEntry[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const label = cellAt(sheet, r, 0);
    if (typeof label !== "string") continue;
    entries.push({ key: squeezeSpaces(label).replace(/[:：]$/, ""), value: cellAt(sheet, r, 1), sheet: sheet.name, cell: cellAddress(r, 1) });
  }
  return entries;
}

function readFillInfo(sheets: readonly SheetGrid[]): Record<string, string> {
  const meta: Record<string, string> = {};
  const keys = FILL_INFO_SHEET.keys as readonly string[];
  for (const { key, value } of fillInfoEntries(sheets)) {
    if (keys.includes(key) && value !== null && typeof value !== "object") meta[key] = squeezeSpaces(String(value));
    else if (keys.includes(key) && value instanceof Date) meta[key] = value.toISOString().slice(0, 10);
  }
  return meta;
}

/**
 * Recognises the register sheets of a workbook. Throws InputError (with a Chinese message) when there is
 * nothing to check; everything else is kept as data and reported by the rules.
 */
export function recogniseRegister(workbook: WorkbookGrid): Register {
  if (workbook.sheets.length === 0) throw new InputError("工作簿中没有任何工作表。", { kind: "noSheets" });
  const issues: StructureIssue[] = [];
  const sheets: Partial<Record<SheetId, RecognisedSheet>> = {};
  const candidates = chooseCandidates(workbook.sheets);
  const addresses = new Addresses();
  // Sheets named like a register sheet come before sheets that merely look like one; then a visible sheet comes
  // before a hidden one (an old copy hidden away must not displace the sheet the user works on).
  const rank = (c: Candidate) => (c.byName ? 0 : 2) + (c.sheet.visibility === "visible" ? 0 : 1);
  const ordered = candidates.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
  for (const candidate of ordered) {
    const existing = sheets[candidate.def.id];
    if (existing) {
      const hidden = candidate.sheet.visibility === "visible" ? "" : "，这一张是隐藏的工作表";
      issues.push({ kind: "duplicateSheet", sheet: candidate.sheet.name, cells: [], detail: `${candidate.def.name}（已使用工作表「${existing.name}」${hidden}）` });
      continue;
    }
    const recognised = recogniseSheet(candidate.sheet, candidate.def, candidate.header, issues, addresses);
    if (recognised) sheets[candidate.def.id] = recognised;
    else issues.push({ kind: "unrecognisedSheet", sheet: candidate.sheet.name, cells: [], detail: candidate.def.name });
  }
  if (Object.keys(sheets).length === 0) {
    const names = workbook.sheets.map((s) => `「${s.name}」`).join("、");
    const allEmpty = workbook.sheets.every((s) => s.rows.every((row) => isEmptyRow(row)));
    throw new InputError(
      allEmpty
        ? "工作簿是空的：所有工作表都没有内容。"
        : `没有找到统计登记表：工作表 ${names} 中都没有「学校标识码」或「学校名称」等表头。请确认打开的是学校基本情况、学生与班级等登记表。`,
      allEmpty ? { kind: "emptyWorkbook" } : { kind: "noRegister", sheets: workbook.sheets.map((s) => s.name) },
    );
  }
  return { sheets, meta: readFillInfo(workbook.sheets), issues };
}
