/**
 * One OutputSheet as a worksheet part, written directly (no workbook library in between: a province's result
 * sheets are written in a fraction of a second). What writeOutputSheet gives an exceljs sheet, this gives the
 * part: values (strings inline, always strings), styles, in-workbook links, widths and hidden columns, the frozen
 * header, data bars on a fixed scale (with Excel 2010's extension for 0–100 % bars), wrapped text, row heights and merged notes,
 * the print layout (docs/workbook-format.md §2.3), page header and footer and page breaks. Print titles are a defined name of the workbook: returned for the caller to add.
 */
import { columnLetter } from "../../domain/grid";
import { printLayoutOf } from "../../domain/layout/printLayout";
import type { DataBar, OutputCell, OutputSheet, PrintLayout } from "../../domain/outputs/writePlan";
import { headerText, looksLikeFormula, quoteSheet } from "../outputText";
import { autoFilterRange } from "../autoFilter";
import { statusLists } from "../statusLists";
import type { StyleBook } from "./styleBook";
import { escapeXml } from "./xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const DATA_BAR_EXT = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const CONDITIONAL_EXT = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

/**
 * Cell text as OOXML stores it (ECMA-376 §22.9.2.19, ST_Xstring): XML escapes, and the characters XML cannot hold —
 * or would turn into another (a carriage return becomes a line feed on reading) — as `_xHHHH_`; a literal `_xHHHH_`
 * in the text has its underscore escaped (`_x005F_`) so that Excel reads it back as itself.
 */
export function cellText(text: string): string {
  // Most text needs neither: one test spares two replacements per cell.
  // eslint-disable-next-line no-control-regex
  if (!/[&<>"_\u0000-\u001F\uFFFE\uFFFF]/.test(text)) return text;
  return escapeXml(text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

function cellXml(cell: OutputCell, ref: string, styles: StyleBook): string {
  const style = cell.link ? "link" : cell.style;
  const format = typeof cell.value === "string" && looksLikeFormula(cell.value) ? "@" : cell.numberFormat;
  const xf = styles.xf(style, format, cell.wrap ?? false);
  const s = xf === null ? "" : ` s="${xf}"`;
  if (cell.value === null) return xf === null ? "" : `<c r="${ref}"${s}/>`;
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? `<c r="${ref}"${s}><v>${cell.value}</v></c>` : `<c r="${ref}"${s}/>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellText(cell.value)}</t></is></c>`;
}

/** A GUID-shaped id tying a data bar's rule to its Excel 2010 extension; fixed per sheet and bar, so output is repeatable. */
function barId(sheet: string, index: number): string {
  let hash = 0x811c9dc5;
  for (const ch of `${sheet}#${index}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  const hex = (hash.toString(16).padStart(8, "0") + index.toString(16).padStart(4, "0")).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4000-8000-${hex.slice(0, 8)}${hex.slice(8, 12)}}`;
}

function dataBarXml(sheet: string, bars: readonly DataBar[]): { rules: string; ext: string } {
  if (bars.length === 0) return { rules: "", ext: "" };
  const rules = bars
    .map((bar, i) => `<conditionalFormatting sqref="${bar.ranges.join(" ")}"><cfRule type="dataBar" priority="${i + 1}"><dataBar><cfvo type="num" val="${bar.min}"/><cfvo type="num" val="${bar.max}"/><color rgb="FF${bar.colour}"/></dataBar><extLst><ext uri="${DATA_BAR_EXT}" xmlns:x14="${X14}"><x14:id>${barId(sheet, i)}</x14:id></ext></extLst></cfRule></conditionalFormatting>`)
    .join("");
  const extended = bars
    .map((bar, i) => `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${barId(sheet, i)}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="num"><xm:f>${bar.min}</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>${bar.max}</xm:f></x14:cfvo><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>${bar.ranges.join(" ")}</xm:sqref></x14:conditionalFormatting>`)
    .join("");
  return { rules, ext: `<extLst><ext uri="${CONDITIONAL_EXT}" xmlns:x14="${X14}"><x14:conditionalFormattings>${extended}</x14:conditionalFormattings></ext></extLst>` };
}

function colsXml(sheet: OutputSheet): string {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const count = Math.max(sheet.columnWidths.length, ...hidden);
  let cols = "";
  for (let c = 1; c <= count; c++) {
    const width = sheet.columnWidths[c - 1];
    if (width === undefined && !hidden.has(c)) continue;
    cols += `<col min="${c}" max="${c}"${width !== undefined ? ` width="${width}" customWidth="1"` : ""}${hidden.has(c) ? ' hidden="1"' : ""}/>`;
  }
  return cols ? `<cols>${cols}</cols>` : "";
}

/**
 * Writes the sheet's part through `write`, a piece at a time (a province's sheet is never one string), and returns
 * the header rows and columns to repeat on every printed page (`'审核结果'!$5:$5`), or null.
 */
export function writeOutputSheet(sheet: OutputSheet, styles: StyleBook, write: (text: string) => void): string | null {
  const links: string[] = [];
  let width = 0;
  const letters: string[] = [];
  const header = sheet.headerRow;
  const layout = printLayoutOf(sheet);
  const pane = header > 0 ? `<pane ySplit="${header}" topLeftCell="A${header + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${header + 1}" sqref="A${header + 1}"/>` : "";
  for (const cells of sheet.rows) width = Math.max(width, cells.length);
  const dimension = sheet.rows.length > 0 && width > 0 ? `A1:${columnLetter(width - 1)}${sheet.rows.length}` : "A1";
  write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<dimension ref="${dimension}"/>` +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      colsXml(sheet) +
      `<sheetData>`,
  );
  sheet.rows.forEach((cells, r) => {
    let row = "";
    cells.forEach((cell, c) => {
      const ref = `${(letters[c] ??= columnLetter(c))}${r + 1}`;
      row += cellXml(cell, ref, styles);
      if (cell.link && cell.value !== null) links.push(`<hyperlink ref="${ref}" location="${escapeXml(`${quoteSheet(cell.link.sheet)}!${cell.link.cell}`)}" display="${escapeXml(String(cell.value))}"/>`);
    });
    const height = sheet.rowHeights?.[r] ?? null;
    const tall = height !== null ? ` ht="${height}" customHeight="1"` : "";
    if (row || tall) write(`<row r="${r + 1}"${tall}>${row}</row>`);
  });
  const bars = dataBarXml(sheet.name, sheet.dataBars ?? []);
  const breaks = sheet.pageBreaksAfter ?? [];
  // The filter buttons (autoFilter.ts), merges, the conditional formats, then the drop-downs, as CT_Worksheet orders them.
  const filter = autoFilterRange(sheet);
  write(`</sheetData>${filter ? `<autoFilter ref="${filter}"/>` : ""}${mergesXml(sheet.merges ?? [])}${bars.rules}${listsXml(sheet)}`);
  if (links.length > 0) {
    write("<hyperlinks>");
    for (const link of links) write(link);
    write("</hyperlinks>");
  }
  write(
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" scale="${layout.scale}" orientation="${layout.landscape ? "landscape" : "portrait"}"/>` +
      `<headerFooter><oddHeader>${escapeXml(`&L${headerText(sheet.printHeader.left)}&C${headerText(layout.title)}&R${headerText(sheet.printHeader.right)}`)}</oddHeader><oddFooter>${escapeXml("&C第 &P 页，共 &N 页")}</oddFooter></headerFooter>` +
      (breaks.length > 0 ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>` : "") +
      bars.ext +
      `</worksheet>`,
  );
  return printTitlesOf(sheet.name, layout);
}

/**
 * 整改清单's 状态 drop-downs (statusLists.ts), as Excel writes a list typed into the validation dialog: the values
 * in one quoted formula, a Stop alert for anything else typed (showErrorMessage), blanks allowed. (OOXML's
 * showDropDown="1" would hide the arrow, so it is left out.)
 */
function listsXml(sheet: OutputSheet): string {
  const lists = statusLists(sheet);
  if (lists.length === 0) return "";
  const rules = lists.map(({ address, values }) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${address}"><formula1>${escapeXml(`"${values.join(",")}"`)}</formula1></dataValidation>`);
  return `<dataValidations count="${lists.length}">${rules.join("")}</dataValidations>`;
}

/** Long notes merged across the printed width (layout/printLayout.ts). */
function mergesXml(merges: readonly string[]): string {
  return merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>` : "";
}

/** The workbook's _xlnm.Print_Titles text for a layout: repeated columns, then rows (`'整改清单'!$A:$B,'整改清单'!$5:$5`). */
function printTitlesOf(name: string, layout: PrintLayout): string | null {
  const parts: string[] = [];
  if (layout.repeatColumns > 0) parts.push(`${quoteSheet(name)}!$A:$${columnLetter(layout.repeatColumns - 1)}`);
  if (layout.repeatRows) parts.push(`${quoteSheet(name)}!$${layout.repeatRows.first}:$${layout.repeatRows.last}`);
  return parts.length > 0 ? parts.join(",") : null;
}

/** The marker sheet: the names of the sheets Junheng owns, one per row in column A. */
export function markerSheetXml(owned: readonly string[]): string {
  const rows = owned.map((name, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${cellText(name)}</t></is></c></row>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

