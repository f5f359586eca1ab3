/**
 * Writes one OutputSheet into an exceljs worksheet: values, styles, links, widths, frozen header, print setup and
 * data bars. Charts are skipped: exceljs 4 cannot write them (no drawing parts for charts), so the .xlsx from the
 * command line and the web page has each chart's table of numbers but not the chart (docs/decisions.md, issue 5).
 */
import type ExcelJS from "exceljs";
import { type CellStyle, type DataBar, type OutputSheet, type PrintLayout } from "../../domain/outputs/writePlan";
import { STYLE_COLOURS } from "../../domain/outputs/palette";
import { printLayoutOf } from "../../domain/layout/printLayout";
import { columnLetter } from "../../domain/grid";
import { headerText, looksLikeFormula, quoteSheet } from "../outputText";

const solid = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` } });

const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { color: { argb: `FF${STYLE_COLOURS.subtitle.font}` } } },
  header: { font: { bold: true }, fill: solid(STYLE_COLOURS.header.fill), alignment: { vertical: "middle", wrapText: true } },
  error: { fill: solid(STYLE_COLOURS.error.fill) },
  warning: { fill: solid(STYLE_COLOURS.warning.fill) },
  below: { fill: solid(STYLE_COLOURS.below.fill) },
  info: {},
  link: { font: { color: { argb: `FF${STYLE_COLOURS.link.font}` }, underline: true } },
};

/** exceljs writes `color` into <dataBar> but its typings omit it. */
type DataBarRule = ExcelJS.DataBarRuleType & { readonly color: Partial<ExcelJS.Color> };

/**
 * One rule per bar, on fixed numbers (cfvo "num"), solid and from 0 % to 100 % of the cell: solid bars make exceljs
 * write the Excel 2010 extension (x14:dataBar minLength 0, maxLength 100), without which Excel draws bars from 10 %
 * to 90 % of the cell and a value at half the scale would not look half full. Several rectangles share one rule
 * through a space-separated sqref.
 */
function addDataBar(ws: ExcelJS.Worksheet, bar: DataBar, priority: number): void {
  const rule: DataBarRule = {
    type: "dataBar",
    priority,
    cfvo: [
      { type: "num", value: bar.min },
      { type: "num", value: bar.max },
    ],
    color: { argb: `FF${bar.colour}` },
    gradient: false,
    minLength: 0,
    maxLength: 100,
  };
  ws.addConditionalFormatting({ ref: bar.ranges.join(" "), rules: [rule] });
}

/**
 * A4 at the layout's scale (never fit to page width), the repeated rows and columns, and the page header (left,
 * title, right) and footer with page numbers. Shared by output sheets and the registers Junheng writes.
 */
export function applyPrintLayout(ws: ExcelJS.Worksheet, layout: PrintLayout, header: { readonly left: string; readonly right: string }): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: layout.landscape ? "landscape" : "portrait",
    scale: layout.scale,
    fitToPage: false,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(layout.repeatRows ? { printTitlesRow: `${layout.repeatRows.first}:${layout.repeatRows.last}` } : {}),
    ...(layout.repeatColumns > 0 ? { printTitlesColumn: `A:${columnLetter(layout.repeatColumns - 1)}` } : {}),
  };
  ws.headerFooter = {
    oddHeader: `&L${headerText(header.left)}&C${headerText(layout.title)}&R${headerText(header.right)}`,
    oddFooter: "&C第 &P 页，共 &N 页",
  };
}

export function writeOutputSheet(ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  sheet.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const target = ws.getCell(r + 1, c + 1);
      // Strings are written as strings, never as formulas, whatever they start with.
      target.value = cell.link && cell.value !== null
        ? { text: String(cell.value), hyperlink: `#${quoteSheet(cell.link.sheet)}!${cell.link.cell}` }
        : cell.value;
      const style = cell.link ? "link" : cell.style;
      const numFmt = typeof cell.value === "string" && looksLikeFormula(cell.value) ? "@" : cell.numberFormat;
      const wrap: Partial<ExcelJS.Style> = cell.wrap ? { alignment: { ...(style ? STYLES[style].alignment : {}), wrapText: true, vertical: "top" } } : {};
      if (style || numFmt || cell.wrap) target.style = { ...(style ? STYLES[style] : {}), ...(numFmt ? { numFmt } : {}), ...wrap };
    });
  });
  (sheet.rowHeights ?? []).forEach((height, r) => {
    if (height !== null) ws.getRow(r + 1).height = height;
  });
  // Long notes across the printed width (printLayout.ts): the first cell keeps its value and wrapped style.
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  for (const row of sheet.pageBreaksAfter ?? []) ws.getRow(row).addPageBreak();
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  (sheet.dataBars ?? []).forEach((bar, i) => addDataBar(ws, bar, i + 1));
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.headerRow }];
  applyPrintLayout(ws, printLayoutOf(sheet), sheet.printHeader);
}
