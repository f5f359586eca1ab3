/** One report table as Word content: its title (Heading 2), the bordered table, and the notes under it. */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { ReportCell, ReportTable } from "../../domain/report/model";
import { HEADER_FILL, SHADED_FILL, SIZE, STYLE } from "./style";
import { columnCount, displayWidth, keepNumbersTogether, rowWidth, spanOf, type TableLayout } from "./tableLayout";

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

interface CellPlace {
  readonly header: boolean;
  readonly left: boolean;
  readonly size: number;
}

function cell(cell: ReportCell, place: CellPlace): TableCell {
  const fill = cell.shaded ? SHADED_FILL : place.header ? HEADER_FILL : undefined;
  return new TableCell({
    children: cell.text.split("\n").map(
      (text) =>
        new Paragraph({
          style: STYLE.cell,
          alignment: place.left ? AlignmentType.LEFT : AlignmentType.CENTER,
          // The style's size is 五号; a dense table is set smaller, on the runs, so the style stays the common case.
          // Numbers keep their digit groups, ratio and unit on one line (the layout gave the column room for them).
          children: [new TextRun({ text: keepNumbersTogether(text), bold: place.header || cell.bold, size: place.size === SIZE.五号 ? undefined : place.size })],
        }),
    ),
    columnSpan: spanOf(cell) > 1 ? spanOf(cell) : undefined,
    shading: fill ? { fill, type: ShadingType.CLEAR, color: "auto" } : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
  });
}

function row(cells: readonly ReportCell[], count: number, header: boolean, layout: TableLayout, keepNext = false): TableRow {
  const padded = [...cells, ...Array.from({ length: Math.max(0, count - rowWidth(cells)) }, (): ReportCell => ({ text: "" }))];
  let col = 0;
  const children = padded.map((c) => {
    // A spanning cell is set flush left only when its first column holds sentences and it is a sentence itself.
    const left = !header && layout.left[col] === true && (spanOf(c) === 1 || displayWidth(c.text) >= 13);
    col += spanOf(c);
    return cell(c, { header, left, size: layout.size });
  });
  // tableHeader repeats the header rows on every page the table runs onto; cantSplit keeps a row on one page.
  return new TableRow({ children, tableHeader: header || undefined, cantSplit: true, keepNext: keepNext || undefined });
}

/** The table's title, the table, and its notes; an empty table says （无） rather than showing a bare header. */
export function tableBlock(table: ReportTable, layout: TableLayout): (Paragraph | Table)[] {
  const count = columnCount(table);
  const rows = table.rows.length > 0 ? table.rows : [[{ text: "（无）", span: count }]];
  const title = table.title.startsWith(table.id) ? table.title : `${table.id} ${table.title}`;
  const width = layout.widths.reduce((a, b) => a + b, 0);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: title }),
    new Table({
      rows: [
        ...table.header.map((r) => row(r, count, true, layout)),
        // The last row keeps with the notes, so notes never stand alone at the top of a page.
        ...rows.map((r, i) => row(r, count, false, layout, i === rows.length - 1 && table.notes.length > 0)),
      ],
      width: { size: width, type: WidthType.DXA },
      columnWidths: [...layout.widths],
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
      alignment: AlignmentType.CENTER,
    }),
    ...table.notes.map((note, i) => new Paragraph({ style: STYLE.note, text: note, keepNext: i < table.notes.length - 1 || undefined })),
  ];
}
