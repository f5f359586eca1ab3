/**
 * The self-evaluation report (自评报告, docs/method.md §9) as plain data, built once from a run and rendered twice: into
 * the 自评报告 sheet from the template, and into a Word document. Numbers are already formatted as published
 * (3 decimals for CVs, percentages with one or two decimals, areas with two).
 */
export type ReportTableId = "表Ⅰ" | "表Ⅱ-1" | "表Ⅱ-2" | "表Ⅲ" | "表Ⅳ" | "整改清单";

export interface ReportCell {
  readonly text: string;
  /** Shaded as below standard (表Ⅱ-2) or failed (表Ⅲ verdict). */
  readonly shaded?: boolean;
  readonly bold?: boolean;
  /** Columns this cell spans (default 1). */
  readonly span?: number;
}

export interface ReportTable {
  /** 附表: the appendix of data-entry errors, outside the report's numbered tables. */
  readonly id: ReportTableId | "附表";
  readonly title: string;
  /** One or more header rows. */
  readonly header: readonly (readonly ReportCell[])[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Notes printed under the table (pack, reference values, data date). */
  readonly notes: readonly string[];
}

export interface ReportSection {
  /** 一 … 五 */
  readonly number: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** Tables placed in this section, in order. */
  readonly tables: readonly ReportTableId[];
}

export interface ReportModel {
  readonly title: string;
  /** Values of the template's placeholders by name, e.g. `乡镇`, `年度`, `小学.综合差异系数`. */
  readonly placeholders: Readonly<Record<string, string>>;
  readonly tables: Readonly<Record<ReportTableId, ReportTable>>;
  readonly sections: readonly ReportSection[];
  /** Fired vetoes, shown first in the report. */
  readonly vetoes: readonly string[];
  /** Set while error-level findings remain: the report is marked 草稿 with their count (report/submission.ts). */
  readonly draft: { readonly openErrors: number } | null;
  /** The data-entry errors still open, for the statistician (never in 整改措施); null when none. */
  readonly appendix: ReportTable | null;
  /** 报送单位（盖章）and 日期 under a report ready to hand over; empty on a draft. */
  readonly closing: readonly string[];
}
