/**
 * 五、整改措施 (docs/method.md §8, §9): the open 整改清单 items grouped by responsible unit, as the township plan assigns
 * work to its groups; the same action for several schools (a village's enrolment) is written once with all of
 * them. Data-entry errors are not measures for the county: the caller leaves them out (report/submission.ts).
 */
import type { RectificationItem } from "../evaluation/rectification";
import { chineseNumber } from "./format";

function measures(items: readonly RectificationItem[]): string[] {
  const out: string[] = [];
  const byAction = new Map<string, string[]>();
  for (const item of items) {
    const schools = byAction.get(item.action) ?? [];
    if (!schools.includes(item.schoolName)) schools.push(item.schoolName);
    byAction.set(item.action, schools);
  }
  // One school with several actions reads as one measure: 灰塘小学：补充图书约 792 册，补充计算机约 5 台.
  const bySchools = new Map<string, string[]>();
  for (const [action, schools] of byAction) {
    const who = schools.join("、");
    bySchools.set(who, [...(bySchools.get(who) ?? []), action]);
  }
  for (const [who, actions] of bySchools) out.push(`${who}：${actions.join("，")}`);
  return out;
}

export function measuresParagraphs(items: readonly RectificationItem[]): string[] {
  const open = items.filter((i) => i.status !== "已完成");
  const done = items.length - open.length;
  const groups = new Map<string, RectificationItem[]>();
  for (const item of open) groups.set(item.responsible, [...(groups.get(item.responsible) ?? []), item]);
  const paragraphs = [...groups].map(([responsible, list], i) => {
    const deadlines = [...new Set(list.map((item) => item.deadline))].join("、");
    return `（${chineseNumber(i + 1)}）${responsible}（${list.length} 项，完成时限：${deadlines}）：${measures(list).join("；")}。`;
  });
  if (paragraphs.length === 0) paragraphs.push(items.length > 0 ? "整改清单中的事项均已完成。" : "本次审核没有需要整改的事项。");
  else if (done > 0) paragraphs.push(`另有 ${done} 项已完成整改。`);
  return [...paragraphs, ...(items.length > 0 ? ["各项整改的现状值、标准值、差距和状态见整改清单。"] : [])];
}
