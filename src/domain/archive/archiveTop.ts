/** What every archive sheet starts with: the township and the years in the title, the files each year came from. */
import { packLine } from "../outputs/packNote";
import type { OutputCell } from "../outputs/writePlan";
import type { ArchiveYear } from "./archiveYears";

export type Row = OutputCell[];

/** `2014—2016年度`, or `2016年度` for a single year. */
function yearSpan(years: readonly ArchiveYear[]): string {
  const first = years[0]?.year ?? "";
  const last = years[years.length - 1]?.year ?? "";
  return first === last ? `${first}年度` : `${first}—${last}年度`;
}

/** The township as the latest register names it (names change less often than they are mistyped in old files). */
function townshipOf(years: readonly ArchiveYear[]): string {
  for (const y of [...years].reverse()) if (y.run.meta["乡镇"]) return y.run.meta["乡镇"];
  return "";
}

export function archiveTop(years: readonly ArchiveYear[], title: string, notes: readonly string[]): Row[] {
  const place = townshipOf(years);
  const latest = years[years.length - 1];
  const sources = years.map((y) => `${y.year}年度：${y.file}`).join("；");
  return [
    [{ value: `${place ? `${place} ` : ""}${title}（${yearSpan(years)}）`, style: "title" }],
    ...[latest ? `${packLine(latest.run.pack)}。数据来源 ${sources}。` : "", ...notes].filter(Boolean).map((text): Row => [{ value: text, style: "subtitle" }]),
  ];
}

export function archivePrintHeader(years: readonly ArchiveYear[]): { left: string; right: string } {
  return { left: townshipOf(years), right: `档案汇总 ${yearSpan(years)}` };
}
