/**
 * The 自评报告模板 (docs/method.md §9): an ordinary sheet the township edits — the outline 一…五 with placeholders and
 * table anchors, and room under 二、主要做法 for its own text. Junheng writes the default once when the workbook
 * has none, and from then on only reads it: filling writes the 自评报告 sheet, never the template.
 */
import type { SheetGrid } from "../grid";
import type { OutputCell, OutputSheet } from "../outputs/writePlan";
import { MEASURES_HINT, TEMPLATE_NOTE, TEMPLATE_SHEET } from "./templateNames";

export { fillTemplate } from "./fillTemplate";
export { templateFindings } from "./templateCheck";
export { REPORT_RULES_INFO, R01 } from "../rules/reportRules";
export { isTemplateSheet, MEASURES_HINT, REPORT_SHEET, TEMPLATE_HINTS, TEMPLATE_NOTE, TEMPLATE_SHEET } from "./templateNames";

type Row = OutputCell[];

const line = (value: string, style?: OutputCell["style"]): Row => [style ? { value, style } : { value }];
const blank: Row = [];

/** Empty rows under 二、主要做法: the paragraph area the township writes in. */
const PRACTICE_ROWS = 6;

export function defaultTemplateRows(): Row[] {
  return [
    line(TEMPLATE_NOTE, "subtitle"),
    line("{{乡镇}}{{年度}}年义务教育均衡发展自评报告", "title"),
    line("{{规则包}}；统计数据日期：{{数据日期}}", "subtitle"),
    line("{{一票否决}}"),
    blank,
    line("一、基本情况", "header"),
    line("{{基本情况}}"),
    line("{{表Ⅰ}}"),
    blank,
    line("二、主要做法", "header"),
    line(MEASURES_HINT, "subtitle"),
    ...Array.from({ length: PRACTICE_ROWS }, () => blank),
    line("三、评估结果", "header"),
    line("{{评估结果}}"),
    line("{{表Ⅱ-1}}"),
    blank,
    line("{{表Ⅱ-2}}"),
    blank,
    line("{{表Ⅲ}}"),
    blank,
    line("{{表Ⅳ}}"),
    blank,
    line("四、存在问题", "header"),
    line("{{存在问题}}"),
    blank,
    line("五、整改措施", "header"),
    line("{{整改措施}}"),
    line("{{整改清单}}"),
  ];
}

export function defaultTemplateSheet(name: string = TEMPLATE_SHEET): OutputSheet {
  return {
    name,
    rows: defaultTemplateRows(),
    columnWidths: [100],
    // The note stays in view while the township edits; a 0 would leave exceljs an invalid print-title range.
    headerRow: 1,
    printHeader: { left: "", right: "" },
  };
}

/** The template as a workbook adapter would read it back: values only. Used when the workbook has no template yet. */
export function templateGrid(sheet: OutputSheet): SheetGrid {
  return { name: sheet.name, rows: sheet.rows.map((row) => row.map((c) => c.value)), merges: [], visibility: "visible" };
}
