import { LAND_EQUIPMENT_RULES } from "../../../src/domain/rules/landEquipment";
import { CODE_A, CODE_B, primarySchool, records, runRule, withCells } from "../../helpers/register";
import { addressesOf, juniorSchool, nineYearSchool } from "../../helpers/stageSchools";
import { ruleOf } from "../../helpers/rules";

const rule = (id: string) => ruleOf(LAND_EQUIPMENT_RULES, id);

describe("基础基522 land and equipment rules", () => {
  it("defines 522-01..03 with the texts trainers need", () => {
    expect(LAND_EQUIPMENT_RULES.map((r) => r.id)).toEqual(["522-01", "522-02", "522-03"]);
    for (const r of LAND_EQUIPMENT_RULES) {
      expect(r.table).toBe("基础基522");
      for (const text of [r.title, r.explanation, r.example, r.fix]) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("finds nothing in consistent 小学, 九年一贯制 and 初级中学 records", () => {
    const input = records(primarySchool(), nineYearSchool(), juniorSchool());
    for (const r of LAND_EQUIPMENT_RULES) expect(runRule(r, input)).toEqual([]);
  });

  it("never throws when the facilities sheet or its columns are absent", () => {
    const noFacilities = records({ schools: primarySchool().schools, students: primarySchool().students });
    const fewColumns = { ...records(primarySchool()), omit: { facilities: ["siteArea", "computers", "books"] } };
    for (const r of LAND_EQUIPMENT_RULES) {
      expect(runRule(r, noFacilities)).toEqual([]);
      expect(runRule(r, fewColumns)).toEqual([]);
    }
  });
});

describe("522-01 green and sports land within the site", () => {
  it("reports parts larger than the site", () => {
    const input = records(withCells(primarySchool(), { facilities: { greenArea: 1500, sportsArea: 5000 } }));
    const findings = runRule(rule("522-01"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "522-01", severity: "error", schoolId: CODE_A, sheet: "场地与装备" });
    expect(findings[0].cells).toEqual(addressesOf(input, "facilities", ["greenArea", "sportsArea", "siteArea"]));
    expect(findings[0].message).toBe("绿化用地面积与运动场地面积之和 6500 ㎡ 大于占地面积 6000 ㎡");
  });

  it("accepts parts that fill the site exactly", () => {
    const input = records(withCells(primarySchool(), { facilities: { greenArea: 1000, sportsArea: 5000 } }));
    expect(runRule(rule("522-01"), input)).toEqual([]);
  });
});

describe("522-02 teaching computers within computers", () => {
  it("reports more teaching computers than computers", () => {
    const input = records(primarySchool(), withCells(juniorSchool(CODE_B), { facilities: { teachingComputers: 55 } }));
    const findings = runRule(rule("522-02"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "522-02", severity: "error", schoolId: CODE_B });
    expect(findings[0].cells).toEqual(addressesOf(input, "facilities", ["teachingComputers", "computers"], 1));
    expect(findings[0].message).toBe("其中教学用计算机 55 台多于计算机 50 台");
  });
});

describe("522-03 empty-shell schools", () => {
  it("warns once, naming every resource at 0", () => {
    const input = records(withCells(primarySchool(), { facilities: { books: 0, equipmentValue: 0 } }));
    const findings = runRule(rule("522-03"), input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "522-03", severity: "warning" });
    expect(findings[0].cells).toEqual(addressesOf(input, "facilities", ["books", "equipmentValue"]));
    expect(findings[0].message).toBe("学校有在校生 180 人，但图书、教学仪器设备资产值为 0");
  });

  it("counts the students of every stage", () => {
    const input = records(withCells(nineYearSchool(), { facilities: { siteArea: 0 } }));
    const [finding] = runRule(rule("522-03"), input);
    expect(finding.cells).toEqual(addressesOf(input, "facilities", ["siteArea"]));
    expect(finding.message).toContain("315");
    expect(finding.message).toContain("占地面积");
  });

  it("leaves schools without students, and empty cells, to other rules", () => {
    const noStudents = withCells(primarySchool(), { students: { "primary.total": 0 }, facilities: { books: 0 } });
    expect(runRule(rule("522-03"), records(noStudents))).toEqual([]);
    const empty = withCells(primarySchool(), { facilities: { books: null } });
    expect(runRule(rule("522-03"), records(empty))).toEqual([]);
  });
});
