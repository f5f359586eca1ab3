/**
 * The facts of the embedded sample township: a FICTIONAL 乡 modelled on 勐往乡 (勐海县, 西双版纳州, 云南省).
 * Names of places are real village committees; schools, codes and every number are invented. The rest of each
 * school's data is drawn by the generator's blocks from a fixed seed.
 *
 * Evaluation picture by design: most schools meet the reference standards; 坝散小学 is short of 教学仪器设备值,
 * 灰塘小学 of 图书 and 计算机, 勐往村小学 of 校舍建筑面积; 南果河's 小学入学率 is 99.2 %.
 */
import type { SchoolSpec } from "./school";
import type { VillageSpec } from "./villageBlock";

export const SAMPLE_TITLE = "示例数据（虚构）";

export const SAMPLE_META: Readonly<Record<string, string>> = {
  乡镇: "勐往乡（示例）",
  县: "勐海县",
  统计年度: "2016",
  学年: "2016—2017学年",
  填报人: "示例统计员",
  数据日期: "2016-09-01",
};

/** The seed of the sample's random details; changing it changes every number of the sample and its answer key. */
export const SAMPLE_SEED = 20160901;

const code = (n: number) => `53282210${String(n).padStart(2, "0")}`;
const only = (primary: number, junior = 0, senior = 0) => ({ primary, junior, senior });

export const SAMPLE_SCHOOLS: readonly SchoolSpec[] = [
  { code: code(1), name: "勐往乡中心小学", kind: "central", village: "勐往", urbanRural: "乡村", boarding: true, students: only(642) },
  { code: code(2), name: "勐往乡中学", kind: "junior", village: "勐往", urbanRural: "乡村", boarding: true, students: only(0, 724) },
  { code: code(3), name: "曼允九年一贯制学校", kind: "nineYear", village: "曼允", urbanRural: "乡村", boarding: true, students: only(312, 208) },
  { code: code(4), name: "糯东小学", kind: "village", village: "糯东", urbanRural: "乡村", boarding: true, students: only(236) },
  { code: code(5), name: "南果河小学", kind: "village", village: "南果河", urbanRural: "乡村", boarding: false, students: only(168) },
  { code: code(6), name: "坝散小学", kind: "village", village: "坝散", urbanRural: "乡村", boarding: false, students: only(205), shortfalls: { equipment: 0.8 } },
  { code: code(7), name: "灰塘小学", kind: "village", village: "灰塘", urbanRural: "乡村", boarding: false, students: only(132), shortfalls: { books: 0.76, computers: 0.7 } },
  { code: code(8), name: "勐往村小学", kind: "village", village: "勐往", urbanRural: "乡村", boarding: false, students: only(98), shortfalls: { building: 0.9 } },
  { code: code(9), name: "南果河老寨教学点", kind: "point", village: "南果河", urbanRural: "乡村", boarding: false, parentCode: code(5), students: only(26), grades: 3 },
  { code: code(10), name: "灰塘新寨教学点", kind: "point", village: "灰塘", urbanRural: "乡村", boarding: false, parentCode: code(7), students: only(17), grades: 4 },
  { code: code(11), name: "勐往启航民办小学", kind: "private", village: "勐往", urbanRural: "乡村", boarding: false, students: only(184) },
];

export const SAMPLE_VILLAGES: readonly VillageSpec[] = [
  { name: "糯东", primaryAge: 268, juniorAge: 126 },
  { name: "南果河", primaryAge: 262, juniorAge: 122, rates: { primary: 0.992 } },
  { name: "曼允", primaryAge: 336, juniorAge: 160 },
  { name: "勐往", primaryAge: 705, juniorAge: 330 },
  { name: "坝散", primaryAge: 236, juniorAge: 112 },
  { name: "灰塘", primaryAge: 178, juniorAge: 86 },
];

export function sampleSchoolIndex(name: string): number {
  const i = SAMPLE_SCHOOLS.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no sample school ${name}`);
  return i;
}

export function sampleVillageIndex(name: string): number {
  const i = SAMPLE_VILLAGES.findIndex((v) => v.name === name);
  if (i < 0) throw new Error(`no sample village ${name}`);
  return i;
}
