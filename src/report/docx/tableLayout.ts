/**
 * How a report table goes onto the page: orientation, type size and column widths, estimated from its texts. Word
 * would size an autofit table itself, but LibreOffice, WPS and Word's own fixed layout each do it differently;
 * fixed widths worked out here print the same everywhere, and let us choose portrait or landscape before rendering.
 */
import type { ReportCell, ReportTable } from "../../domain/report/model";
import { SIZE, TEXT_WIDTH } from "./style";

export interface TableLayout {
  readonly landscape: boolean;
  /** Type size of the cells in half-points. */
  readonly size: number;
  /** Column widths in twips, adding up to the page's text width. */
  readonly widths: readonly number[];
  /** Per column: left-aligned (it holds sentences) or centred (numbers, codes, short labels). */
  readonly left: readonly boolean[];
}

/** Cell margins left + right (57 twips each) plus a little slack for borders and rounding. */
const CELL_PAD = 2 * 57 + 30;
/** Sentences from this width (half-em units, 10 Han characters) on are set flush left. */
const LEFT_FROM = 20;

interface Candidate {
  readonly landscape: boolean;
  readonly size: number;
  /** Longest text (in half-em units) kept on one line; longer texts wrap. */
  readonly wrapAt: number;
}

/**
 * Tried in order: portrait first (a change of orientation costs a page break), then more wrapping of long texts,
 * then smaller type, and landscape only when nothing else fits.
 */
const CANDIDATES: readonly Candidate[] = [
  { landscape: false, size: SIZE.五号, wrapAt: 24 },
  { landscape: false, size: SIZE.五号, wrapAt: 16 },
  { landscape: false, size: SIZE.小五, wrapAt: 24 },
  { landscape: false, size: SIZE.小五, wrapAt: 16 },
  { landscape: true, size: SIZE.五号, wrapAt: 24 },
  { landscape: true, size: SIZE.五号, wrapAt: 16 },
  { landscape: true, size: SIZE.小五, wrapAt: 16 },
  { landscape: true, size: SIZE.六号, wrapAt: 16 },
];

export const spanOf = (cell: ReportCell): number => Math.max(1, Math.floor(cell.span ?? 1));
export const rowWidth = (row: readonly ReportCell[]): number => row.reduce((n, cell) => n + spanOf(cell), 0);

/** The grid's column count: the widest row, so a short row is padded rather than the table cut. */
export function columnCount(table: ReportTable): number {
  return Math.max(1, ...[...table.header, ...table.rows].map(rowWidth));
}

/**
 * Width of a text in half-em units (an em is the type size): Han characters and full-width forms take two, narrow
 * punctuation and spaces half, capitals and wide signs one and a half, the rest one (Times New Roman's proportions).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f㎡]/.test(ch)) width += 2;
    else if (/[ .,:;'!|()[\]ijlrtf-]/.test(ch)) width += 0.6;
    else if (/[A-Z%mw@—…]/.test(ch)) width += 1.5;
    else width += 1;
  }
  return width;
}

/** For each single-column cell of the table, its column and width; spanning cells leave the columns to the others. */
function* singleCells(rows: readonly (readonly ReportCell[])[]): Generator<{ col: number; width: number }> {
  for (const row of rows) {
    let col = 0;
    for (const cell of row) {
      if (spanOf(cell) === 1) for (const line of cell.text.split("\n")) yield { col, width: displayWidth(line) };
      col += spanOf(cell);
    }
  }
}

/**
 * Per column, what it needs (body texts up to `wrapAt`, header labels on up to two lines of at least two Han
 * characters) and what it would take to set every text on one line, both in half-em units.
 */
function columnNeeds(table: ReportTable, wrapAt: number): { need: number[]; natural: number[] } {
  const count = columnCount(table);
  const need = new Array<number>(count).fill(2);
  const natural = new Array<number>(count).fill(2);
  for (const { col, width } of singleCells(table.rows)) {
    need[col] = Math.max(need[col], Math.min(width, wrapAt));
    natural[col] = Math.max(natural[col], width);
  }
  for (const { col, width } of singleCells(table.header)) {
    need[col] = Math.max(need[col], Math.min(width, Math.max(4, Math.ceil(width / 2))));
    natural[col] = Math.max(natural[col], width);
  }
  return { need, natural };
}

/** Twips for `units` half-ems of text at `size` half-points (a half-em is size × 5 twips) plus the cell's padding. */
const twips = (units: number, size: number) => Math.ceil(units * size * 5) + CELL_PAD;

/**
 * Widths meeting every need; the room left goes first to the columns that want least to set their texts on one
 * line (a header label broken after three of its four characters looks worse than a long sentence on three lines),
 * then to the rest in proportion, and whatever is still left to every column in proportion.
 */
function spread(need: readonly number[], natural: readonly number[], size: number, total: number): number[] {
  const widths = need.map((n) => twips(n, size));
  let room = total - widths.reduce((a, b) => a + b, 0);
  const wants = natural.map((n, i) => Math.max(0, twips(n, size) - widths[i]));
  const order = wants.map((_, i) => i).filter((i) => wants[i] > 0).sort((a, b) => wants[a] - wants[b]);
  for (const [k, i] of order.entries()) {
    // An equal share of the room for each column still waiting, or all it wants if that is less.
    const give = Math.min(wants[i], Math.floor(room / (order.length - k)));
    widths[i] += give;
    room -= give;
  }
  const sum = widths.reduce((a, b) => a + b, 0);
  return fitTo(widths.map((w) => w + Math.floor((room * w) / sum)), total);
}

/** Rounds so the widths add up to exactly `total`, the difference going to the widest column. */
function fitTo(widths: number[], total: number): number[] {
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function tableLayout(table: ReportTable): TableLayout {
  const left = new Array<boolean>(columnCount(table)).fill(false);
  for (const { col, width } of singleCells(table.rows)) if (width >= LEFT_FROM) left[col] = true;
  for (const { landscape, size, wrapAt } of CANDIDATES) {
    const { need, natural } = columnNeeds(table, wrapAt);
    const total = landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
    if (need.reduce((sum, n) => sum + twips(n, size), 0) <= total) return { landscape, size, widths: spread(need, natural, size, total), left };
  }
  // Too wide even in landscape at the smallest size: every column gives up the same share, and long texts wrap.
  const { need } = columnNeeds(table, 16);
  const wanted = need.map((n) => twips(n, SIZE.六号));
  const sum = wanted.reduce((a, b) => a + b, 0);
  return { landscape: true, size: SIZE.六号, widths: fitTo(wanted.map((w) => Math.floor((w * TEXT_WIDTH.landscape) / sum)), TEXT_WIDTH.landscape), left };
}
