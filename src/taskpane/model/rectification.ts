/** The 整改清单 view: the run's items grouped per school, in the order of the list. */
import type { CheckRun } from "../../domain/check";
import type { RectificationItem } from "../../domain/evaluation/rectification";

export interface SchoolItems {
  readonly schoolId: string;
  readonly schoolName: string;
  readonly items: readonly RectificationItem[];
}

export function rectificationBySchool(run: CheckRun): SchoolItems[] {
  const groups = new Map<string, { schoolId: string; schoolName: string; items: RectificationItem[] }>();
  for (const item of run.rectification) {
    const group = groups.get(item.schoolId);
    if (group) group.items.push(item);
    else groups.set(item.schoolId, { schoolId: item.schoolId, schoolName: item.schoolName, items: [item] });
  }
  return [...groups.values()];
}
