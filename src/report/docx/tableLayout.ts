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
    // ≤ and ≥ print full width in the Chinese font Word and WPS take them from.
    else if (/[≤≥]/.test(ch)) width += 2;
    else if (/[A-Z%mw@—…]/.test(ch)) width += 1.5;
    else width += 1;
  }
  return width;
}

/** A no-break space: the writer joins the parts of a number with it (keepNumbersTogether). */
export const NBSP = "\u00a0";

/**
 * The text with the spaces inside a number expression made non-breaking, so a word processor never separates them:
 * digit groups ("2 020"), ratios ("1 : 16.4"), a comparison and its number ("≤ 0.65"), a number and its unit
 * ("365 元", "120.5 ㎡", "3 个"). Other spaces stay break opportunities.
 */
export function keepNumbersTogether(text: string): string {
  // Capture groups rather than lookbehind: the pane's report also renders in older embedded browsers (WPS).
  return text.replace(/([\d%:≤≥<>]) (?=[\d:%㎡A-Za-z\u4e00-\u9fff])/g, `$1${NBSP}`);
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const OPENING = new Set([..."（「『〔【"]);
const CLOSING = new Set([..."）」』〕】，。、；：％！？"]);

/**
 * A text's runs a word processor will not break, after keepNumbersTogether: it may break at ordinary spaces and
 * around Han characters, never inside a run of digits, letters and signs (a number, a date, a code) nor across a
 * no-break space; a closing bracket or comma stays with what precedes it, an opening bracket with what follows
 * ("（人）" is one run: a lone "）" must not start a line). Each Han character is a run of its own.
 */
export function unbreakableRuns(text: string): string[] {
  const runs: string[] = [];
  let run = "";
  const flush = () => {
    if (run !== "") runs.push(run);
    run = "";
  };
  const last = () => run.slice(-1);
  const isHan = (ch: string) => ch !== "" && ch !== "㎡" && CJK.test(ch) && !OPENING.has(ch);
  for (const ch of keepNumbersTogether(text)) {
    const glued = run.endsWith(NBSP) || OPENING.has(last());
    if (/[ \t\r\n]/.test(ch)) flush();
    else if (glued) run += ch;
    else if (ch === "㎡" || !CJK.test(ch)) {
      // Between a Han character and a number a line may break.
      if (isHan(last())) flush();
      run += ch;
    } else if (OPENING.has(ch)) {
      // After a number an opening bracket does not start a new line either ("0.0608（1 : 16.4）" is one run).
      if (run === "" || isHan(last())) flush();
      run += ch;
    } else if (CLOSING.has(ch)) {
      run += ch;
      flush();
    } else {
      flush();
      run = ch;
    }
  }
  flush();
  return runs;
}

/**
 * How much wider than displayWidth a number may print: Times New Roman's digits are half an em, but where it is
 * missing the substitute's are wider (LibreOffice on Linux prints them in Noto CJK or DejaVu). Measured generously
 * so a number that fits in Word also fits there, rather than breaking after its second-to-last digit.
 */
const RUN_SLACK = 1.25;

/**
 * Texts meant for one line are measured this much wider for the same reason: a label or name that just fits in
 * Times New Roman and 宋体 would wrap by a character where other fonts stand in.
 */
const LINE_SLACK = 1.1;

/** The width a text needs at the least, in half-em units: its longest unbreakable run, generously measured. */
export function unbreakableWidth(text: string): number {
  return Math.max(0, ...unbreakableRuns(text).map((run) => displayWidth(run.replaceAll(NBSP, " ")) * RUN_SLACK));
}

/** For each single-column cell of the table, its column and width; spanning cells leave the columns to the others. */
function* singleCells(rows: readonly (readonly ReportCell[])[]): Generator<{ col: number; width: number; least: number }> {
  for (const row of rows) {
    let col = 0;
    for (const cell of row) {
      if (spanOf(cell) === 1) for (const line of cell.text.split("\n")) yield { col, width: displayWidth(line), least: unbreakableWidth(line) };
      col += spanOf(cell);
    }
  }
}

/**
 * Per column, what it needs (body texts up to `wrapAt`, header labels on up to two lines of at least two Han
 * characters) and what it would take to set every text on one line, both in half-em units.
 */
function columnNeeds(table: ReportTable, wrapAt: number): { need: number[]; natural: number[]; least: number[] } {
  const count = columnCount(table);
  const need = new Array<number>(count).fill(2);
  const natural = new Array<number>(count).fill(2);
  const leastOf = new Array<number>(count).fill(2);
  // A text wraps at `wrapAt`, but never inside a number: its longest unbreakable run is what the column needs at least.
  for (const { col, width, least } of singleCells(table.rows)) {
    need[col] = Math.max(need[col], Math.min(width * LINE_SLACK, wrapAt), least);
    natural[col] = Math.max(natural[col], width, least);
    leastOf[col] = Math.max(leastOf[col], least);
  }
  // A header label takes two lines, or three when it is long (the form's 该校综合评估是否达标).
  for (const { col, width, least } of singleCells(table.header)) {
    need[col] = Math.max(need[col], Math.min(width, Math.max(4, Math.ceil(width / (width >= 16 ? 3 : 2)))), least);
    natural[col] = Math.max(natural[col], width, least);
    leastOf[col] = Math.max(leastOf[col], least);
  }
  return { need, natural, least: leastOf };
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
  // Too wide even in landscape at the smallest size: every column keeps its widest number when the page can hold
  // them all, and gives up the same share of what it wants beyond that; long texts wrap.
  const { need, least } = columnNeeds(table, 16);
  const wanted = need.map((n) => twips(n, SIZE.六号));
  const floor = least.map((n, i) => Math.min(twips(n, SIZE.六号), wanted[i]));
  const room = TEXT_WIDTH.landscape - floor.reduce((a, b) => a + b, 0);
  const beyond = wanted.reduce((a, w, i) => a + w - floor[i], 0);
  if (room >= 0 && beyond > 0) {
    return { landscape: true, size: SIZE.六号, widths: fitTo(floor.map((f, i) => f + Math.floor(((wanted[i] - f) * room) / beyond)), TEXT_WIDTH.landscape), left };
  }
  const sum = wanted.reduce((a, b) => a + b, 0);
  return { landscape: true, size: SIZE.六号, widths: fitTo(wanted.map((w) => Math.floor((w * TEXT_WIDTH.landscape) / sum)), TEXT_WIDTH.landscape), left };
}
