import { layoutRegister, type RegisterRecords } from "../../../src/domain/layout/registerLayout";
import { recogniseRegister } from "../../../src/domain/recognise/register";
import { validateRegister } from "../../../src/domain/validate";
import type { Finding } from "../../../src/domain/findings";
import { cleanSampleRegister, SAMPLE_ANSWER_KEY, sampleRegister } from "../../../src/domain/sample/sample";

function findingsOf(records: RegisterRecords): Finding[] {
  return validateRegister(recogniseRegister(layoutRegister(records).grid));
}

/** What identifies a finding for the answer key: rule, school, sheet and the cells, in any order. */
function signature(f: { rule: string; schoolId: string | null; sheet: string | null; cells: readonly string[] }): string {
  return `${f.rule} | ${f.schoolId ?? "-"} | ${f.sheet ?? "-"} | ${[...f.cells].sort().join(",")}`;
}

describe("the embedded sample", () => {
  const sample = sampleRegister();

  it("is a fictional 勐往乡 with its villages and schools", () => {
    expect(sample.title).toBe("示例数据（虚构）");
    expect(sample.meta).toMatchObject({ 乡镇: "勐往乡（示例）", 县: "勐海县", 统计年度: "2016", 学年: "2016—2017学年", 数据日期: "2016-09-01", 填报人: "示例统计员" });
    expect(sample.sheets.villages?.map((v) => v.village)).toEqual(["糯东", "南果河", "曼允", "勐往", "坝散", "灰塘"]);
    const schools = sample.sheets.schools ?? [];
    const byName = new Map(schools.map((s) => [s.name, s]));
    for (const name of ["勐往乡中心小学", "勐往乡中学", "曼允九年一贯制学校", "糯东小学", "南果河小学", "坝散小学", "灰塘小学", "勐往村小学", "南果河老寨教学点", "勐往启航民办小学"]) {
      expect(byName.has(name)).toBe(true);
    }
    expect(byName.get("勐往乡中学")?.type).toBe("初级中学");
    expect(byName.get("南果河老寨教学点")).toMatchObject({ type: "小学教学点", countsAsSchool: "否", parentCode: byName.get("南果河小学")?.code });
    expect(byName.get("勐往启航民办小学")?.sponsor).toBe("民办");
  });

  it("has the intended evaluation picture: a few village schools and one village short of the standards", () => {
    const clean = cleanSampleRegister().sheets;
    const num = (v: unknown) => (typeof v === "number" ? v : NaN);
    const shortfalls = new Map<string, string[]>();
    (clean.schools ?? []).forEach((school, i) => {
      if (school.type !== "小学" && school.type !== "小学教学点") return;
      const students = num(clean.students?.[i]["primary.total"]);
      const f = clean.facilities?.[i] ?? {};
      const below = [
        num(f.books) / students < 25 && "图书",
        (num(f.computers) * 100) / students < 10 && "计算机",
        (num(f.equipmentValue) * 10000) / students < 365 && "仪器设备",
        num(clean.buildings?.[i].totalArea) / students < 5.1 && "校舍",
        students / num(clean.students?.[i]["primary.classes"]) > 45 && "班额",
      ].filter((x): x is string => typeof x === "string");
      if (below.length > 0) shortfalls.set(String(school.name), below);
    });
    expect(Object.fromEntries(shortfalls)).toEqual({ 坝散小学: ["仪器设备"], 灰塘小学: ["图书", "计算机"], 勐往村小学: ["校舍"] });
    const lowEnrolment = (clean.villages ?? []).filter((v) => num(v.primaryEnrolled) / num(v.primaryAge) < 0.995).map((v) => v.village);
    expect(lowEnrolment).toEqual(["南果河"]);
  });

  it("is the same every time", () => {
    expect(sampleRegister()).toEqual(sample);
  });

  it("is consistent before the errors are seeded", () => {
    const problems = findingsOf(cleanSampleRegister()).filter((f) => f.severity !== "info");
    expect(problems.map((f) => `${signature(f)}: ${f.message}`)).toEqual([]);
  });

  it("yields exactly the answer key", () => {
    const findings = findingsOf(sample);
    const expected = SAMPLE_ANSWER_KEY.filter((k) => k.severity !== "info").map((k) => `${k.severity} ${signature(k)}`).sort();
    const actual = findings.filter((f) => f.severity !== "info").map((f) => `${f.severity} ${signature(f)}`).sort();
    expect(actual).toEqual(expected);
    const infos = new Set(findings.filter((f) => f.severity === "info").map(signature));
    for (const k of SAMPLE_ANSWER_KEY.filter((e) => e.severity === "info")) expect(infos).toContain(signature(k));
  });

  it("seeds about ten errors, each of a different rule", () => {
    const seeded = SAMPLE_ANSWER_KEY.filter((k) => k.severity !== "info");
    expect(seeded.length).toBeGreaterThanOrEqual(10);
    expect(new Set(seeded.map((k) => k.rule)).size).toBe(seeded.length);
  });

  it("keeps the answer key out of the workbook", () => {
    const { grid } = layoutRegister(sample);
    const text = JSON.stringify(grid.sheets.map((s) => s.rows));
    for (const k of SAMPLE_ANSWER_KEY) expect(text).not.toContain(k.note);
    expect(grid.sheets.map((s) => s.name)).toEqual(["填报说明", "学校基本情况", "学生与班级", "教职工", "校舍", "场地与装备", "普及与控辍"]);
  });
});
