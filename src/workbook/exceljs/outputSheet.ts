/** Writes one OutputSheet into an exceljs worksheet: values, styles, links, widths, frozen header, print setup. */
import type ExcelJS from "exceljs";
import { HIGHLIGHT_COLOURS, type CellStyle, type OutputSheet } from "../../domain/outputs/writePlan";

const solid = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` } });

const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { color: { argb: "FF595959" } } },
  header: { font: { bold: true }, fill: solid("D9E1F2"), alignment: { vertical: "middle", wrapText: true } },
  error: { fill: solid(HIGHLIGHT_COLOURS.error) },
  warning: { fill: solid(HIGHLIGHT_COLOURS.warning) },
  below: { fill: solid(HIGHLIGHT_COLOURS.below) },
  info: {},
  link: { font: { color: { argb: "FF0563C1" }, underline: true } },
};

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
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
      if (style || cell.numberFormat) target.style = { ...(style ? STYLES[style] : {}), ...(cell.numberFormat ? { numFmt: cell.numberFormat } : {}) };
    });
  });
  for (const row of sheet.pageBreaksAfter ?? []) ws.getRow(row).addPageBreak();
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.headerRow }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${sheet.headerRow}:${sheet.headerRow}`,
  };
  ws.headerFooter = {
    oddHeader: `&L${sheet.printHeader.left}&R${sheet.printHeader.right}`,
    oddFooter: "&C第 &P 页，共 &N 页",
  };
}
