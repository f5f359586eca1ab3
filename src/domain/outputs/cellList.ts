/**
 * The cells of a finding as the 单元格 column of 审核结果 shows them. The cell is a link to the first of them, and a
 * link prints on one line (LibreOffice never wraps one; a longer list ran past its column and was cut at the page
 * edge), so the list is made to fit one line: runs of three or more neighbouring cells of a row become a range
 * ("C8:I8", nothing lost), and a list still too long keeps its leading entries and says how many cells there are
 * ("C10、E10 等 5 处"). Every cell stays highlighted in the register and listed in the JSON.
 */
import { fitsOneLine } from "../layout/printLayout";

const A1 = /^([A-Z]+)(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Runs of neighbouring cells in one row, in the order given. */
function runs(cells: readonly string[]): string[][] {
  const out: string[][] = [];
  let previous: { row: string; col: number } | null = null;
  for (const cell of cells) {
    const match = A1.exec(cell);
    const here = match ? { row: match[2], col: columnNumber(match[1]) } : null;
    const run = out[out.length - 1];
    if (here && previous && run && here.row === previous.row && here.col === previous.col + 1) run.push(cell);
    else out.push([cell]);
    previous = here;
  }
  return out;
}

export function cellList(cells: readonly string[], columnWidth: number): string {
  const entries = runs(cells).flatMap((run) => (run.length >= 3 ? [`${run[0]}:${run[run.length - 1]}`] : run));
  const whole = entries.join("、");
  if (fitsOneLine(whole, columnWidth)) return whole;
  for (let keep = entries.length - 1; keep > 1; keep--) {
    const text = `${entries.slice(0, keep).join("、")} 等 ${cells.length} 处`;
    if (fitsOneLine(text, columnWidth)) return text;
  }
  return `${entries[0]} 等 ${cells.length} 处`;
}
