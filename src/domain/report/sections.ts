/** The generated sections of the narrative outline (docs/method.md §9) with the tables each one carries. */
import type { RectificationItem } from "../evaluation/rectification";
import { basicParagraphs } from "./basicSection";
import type { ReportContext } from "./context";
import { measuresParagraphs } from "./measuresSection";
import type { ReportSection } from "./model";
import { problemsParagraphs } from "./problemsSection";
import { resultsParagraphs } from "./resultsSection";

export const basicSection = (ctx: ReportContext): ReportSection => ({ number: "一", heading: "基本情况", paragraphs: basicParagraphs(ctx), tables: ["表Ⅰ"] });

export const resultsSection = (ctx: ReportContext): ReportSection => ({
  number: "三",
  heading: "评估结果",
  paragraphs: resultsParagraphs(ctx),
  tables: ["表Ⅱ-1", "表Ⅱ-2", "表Ⅲ", "表Ⅳ"],
});

export const problemsSection = (ctx: ReportContext): ReportSection => ({ number: "四", heading: "存在问题", paragraphs: problemsParagraphs(ctx), tables: [] });

export const measuresSection = (items: readonly RectificationItem[]): ReportSection => ({
  number: "五",
  heading: "整改措施",
  paragraphs: measuresParagraphs(items),
  tables: ["整改清单"],
});
