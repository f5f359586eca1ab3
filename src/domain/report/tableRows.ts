/**
 * A report table as sheet rows: the title, the header rows styled "header", the body with shaded cells styled
 * "below", then the notes. Output sheets have no merged cells, so a cell spanning n columns is followed by n − 1
 * empty cells in the same style — the header band still reads as one.
 */
import type { CellStyle, OutputCell } from "../outputs/writePlan";
import type { ReportCell, ReportTable } from "./model";

function spread(c: ReportCell, style: CellStyle | undefined): OutputCell[] {
  const first: OutputCell = style ? { value: c.text === "" ? null : c.text, style } : { value: c.text === "" ? null : c.text };
  const rest = Array.from({ length: Math.max(0, (c.span ?? 1) - 1) }, (): OutputCell => (style ? { value: null, style } : { value: null }));
  return [first, ...rest];
}

const bodyStyle = (c: ReportCell): CellStyle | undefined => (c.shaded ? "below" : c.bold ? "header" : undefined);

export function tableRows(table: ReportTable): OutputCell[][] {
  return [
    [{ value: table.title, style: "header" }],
    ...table.header.map((row) => row.flatMap((c) => spread(c, "header"))),
    ...table.rows.map((row) => row.flatMap((c) => spread(c, bodyStyle(c)))),
    ...table.notes.map((note): OutputCell[] => [{ value: note, style: "subtitle" }]),
  ];
}

/** Display width of text: CJK characters take two columns of Excel's width unit. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return width;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 40;

/**
 * Widths of the table's columns from its header and body cells; cells spanning several columns, the title and the
 * notes are left out, since they run across columns rather than fill one.
 */
export function tableColumnWidths(table: ReportTable): number[] {
  const widths: number[] = [];
  for (const row of [...table.header, ...table.rows]) {
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      if (span === 1) widths[col] = Math.max(widths[col] ?? MIN_WIDTH, Math.min(MAX_WIDTH, textWidth(c.text) + 2));
      col += span;
    }
  }
  return Array.from(widths, (w) => w ?? MIN_WIDTH);
}
