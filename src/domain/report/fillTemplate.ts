/**
 * Filling the 自评报告模板 (docs/method.md §9): the template is read row by row and a new sheet is written; the template
 * itself is never changed. A cell holding only a table name (`{{表Ⅲ}}`) becomes the whole table, one holding only a
 * section name (`{{评估结果}}`) its generated paragraphs, `{{一票否决}}` the fired vetoes; other text has its
 * placeholders replaced, and everything else the user typed — 二、主要做法 above all — is copied as it is.
 *
 * A read-back grid carries values only, so the report's styles are inferred: the first text is the title, lines
 * such as "三、评估结果" are headings.
 */
import type { Finding } from "../findings";
import { cellAddress, type SheetGrid } from "../grid";
import type { CellStyle, OutputCell, OutputSheet } from "../outputs/writePlan";
import type { ReportModel } from "./model";
import { isTableId, VETO_ANCHOR } from "./placeholders";
import { anchorName, replacePlaceholders, templateText } from "./placeholderText";
import { tableColumnWidths, tableRows } from "./tableRows";
import { unknownPlaceholderFindings } from "./templateCheck";
import { REPORT_SHEET, TEMPLATE_HINTS } from "./templateNames";
import { draftText } from "./submission";
import { printLayout } from "../layout/printLayout";

/** What one template cell becomes: rows of cells starting at its column, and widths for the columns it fills. */
interface Fragment {
  readonly col: number;
  readonly rows: readonly (readonly OutputCell[])[];
  readonly widths: readonly number[];
}

const HEADING = /^\s*[一二三四五六七八九十]+、/;

const text = (value: string | number | null, style?: CellStyle): OutputCell => (style ? { value, style } : { value });

/** The rows an anchor expands to, or null when the name is no anchor (then it is an ordinary placeholder). */
function anchorRows(name: string, model: ReportModel): { rows: OutputCell[][]; widths: number[] } | null {
  if (isTableId(name)) {
    const table = model.tables[name];
    return { rows: tableRows(table), widths: tableColumnWidths(table) };
  }
  const section = model.sections.find((s) => s.heading === name);
  if (section) return { rows: section.paragraphs.map((p) => [text(p)]), widths: [] };
  if (name === VETO_ANCHOR) {
    const rows = model.vetoes.length > 0 ? model.vetoes.map((v) => [text(`一票否决：${v}`, "error")]) : [[text(model.placeholders[VETO_ANCHOR] ?? "")]];
    return { rows, widths: [] };
  }
  return null;
}

/** Lays fragments side by side; where two would fill the same cell, the one further left keeps it. */
function merge(fragments: readonly Fragment[]): OutputCell[][] {
  const height = Math.max(1, ...fragments.map((f) => f.rows.length));
  return Array.from({ length: height }, (_, i) => {
    const row: OutputCell[] = [];
    for (const f of fragments) {
      (f.rows[i] ?? []).forEach((c, j) => {
        const col = f.col + j;
        while (row.length < col) row.push({ value: null });
        if (row[col] === undefined || row[col].value === null) row[col] = c;
      });
    }
    return row;
  });
}

function columnWidths(placed: readonly Fragment[]): number[] {
  const widths: number[] = [];
  for (const f of placed) f.widths.forEach((w, j) => (widths[f.col + j] = Math.max(widths[f.col + j] ?? 0, w)));
  // Column A carries the headings and school names; without a table there is only running text.
  const out = Array.from(widths, (w) => w ?? 10);
  out[0] = Math.max(out[0] ?? 0, widths.length === 0 ? 100 : 24);
  return out;
}

export function fillTemplate(template: SheetGrid, model: ReportModel, name: string = REPORT_SHEET): { sheet: OutputSheet; findings: Finding[] } {
  const known = new Set(Object.keys(model.placeholders));
  const findings: Finding[] = [];
  const rows: OutputCell[][] = [];
  const placed: Fragment[] = [];
  let titled = false;
  template.rows.forEach((cells, r) => {
    // A row holding nothing but hints is the template talking to its editor; the report leaves the row out.
    const typedCells = cells.map(templateText).filter((t): t is string => t !== null);
    if (typedCells.length > 0 && typedCells.every((t) => TEMPLATE_HINTS.has(t.trim()))) return;
    const fragments: Fragment[] = [];
    cells.forEach((value, c) => {
      const typed = templateText(value);
      if (typed === null || TEMPLATE_HINTS.has(typed.trim())) return;
      if (typeof value === "number") {
        fragments.push({ col: c, rows: [[text(value)]], widths: [] });
        return;
      }
      const anchor = anchorName(typed);
      const expanded = anchor === null ? null : anchorRows(anchor, model);
      if (expanded) {
        fragments.push({ col: c, ...expanded });
        return;
      }
      findings.push(...unknownPlaceholderFindings(typed, known, template.name, cellAddress(r, c)));
      const filled = replacePlaceholders(typed, model.placeholders).text;
      const style: CellStyle | undefined = !titled ? "title" : HEADING.test(filled) ? "header" : undefined;
      titled = true;
      fragments.push({ col: c, rows: [[text(filled, style)]], widths: [] });
    });
    rows.push(...merge(fragments));
    placed.push(...fragments);
  });
  const town = model.placeholders["乡镇"] ?? "";
  const date = model.placeholders["数据日期"] ?? "";
  const draft = model.draft ? draftText(model.draft) : null;
  const appendix = model.appendix ? [[] as OutputCell[], ...tableRows(model.appendix)] : [];
  const closing = model.closing.length > 0 ? [[] as OutputCell[], ...model.closing.map((line) => [text(line)])] : [];
  return {
    sheet: {
      name,
      // The draft mark above everything, so the sheet cannot be printed without it.
      rows: [...(draft ? [[text(draft, "error")]] : []), ...rows, ...closing, ...appendix],
      columnWidths: columnWidths(model.appendix ? [...placed, { col: 0, rows: [], widths: tableColumnWidths(model.appendix) }] : placed),
      headerRow: 1,
      printHeader: { left: draft ? `${town} 草稿` : town, right: date ? `数据日期 ${date}` : "" },
      // A report, not one table: its title is not repeated on every page.
      print: printLayout({ name, headerRow: 1 }, { repeatRows: null }),
    },
    findings,
  };
}
