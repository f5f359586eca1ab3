/**
 * Pairs this year's schools with last year's: by 学校标识码 first, then, among the schools still unpaired, by
 * name. A name shared by two unpaired schools on either side pairs nothing, since guessing which of two
 * 老寨教学点 is which would compare the wrong schools.
 */
import { comparableName } from "../text";
import type { CheckContext, SchoolRows } from "./context";

export interface SchoolPair {
  readonly current: SchoolRows;
  readonly previous: SchoolRows;
  /** True when the codes differ and the names paired them (H-04). */
  readonly byName: boolean;
}

export interface SchoolMatch {
  readonly pairs: readonly SchoolPair[];
  /** This year's schools without a counterpart last year. */
  readonly appeared: readonly SchoolRows[];
  /** Last year's schools without a counterpart this year. */
  readonly disappeared: readonly SchoolRows[];
}

/** Schools by normalised name, keeping only names that occur once. */
function uniqueByName(schools: readonly SchoolRows[]): Map<string, SchoolRows> {
  const byName = new Map<string, SchoolRows | null>();
  for (const school of schools) {
    const key = school.name ? comparableName(school.name) : "";
    if (key) byName.set(key, byName.has(key) ? null : school);
  }
  return new Map([...byName].filter((entry): entry is [string, SchoolRows] => entry[1] !== null));
}

export function matchSchools(current: CheckContext, previous: CheckContext): SchoolMatch {
  const pairs: SchoolPair[] = [];
  const unpairedNow: SchoolRows[] = [];
  for (const school of current.schools.values()) {
    const before = previous.schools.get(school.code);
    if (before) pairs.push({ current: school, previous: before, byName: false });
    else unpairedNow.push(school);
  }
  const unpairedBefore = [...previous.schools.values()].filter((s) => !current.schools.has(s.code));
  const nowByName = uniqueByName(unpairedNow);
  const beforeByName = uniqueByName(unpairedBefore);
  const pairedByName = new Set<SchoolRows>();
  for (const [name, school] of nowByName) {
    const before = beforeByName.get(name);
    if (!before) continue;
    pairs.push({ current: school, previous: before, byName: true });
    pairedByName.add(school).add(before);
  }
  return {
    pairs,
    appeared: unpairedNow.filter((s) => !pairedByName.has(s)),
    disappeared: unpairedBefore.filter((s) => !pairedByName.has(s)),
  };
}
