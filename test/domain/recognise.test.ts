import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { recogniseRegister } from "../../src/domain/recognise/register";
import { primarySchool, records, CODE_A } from "../helpers/register";

describe("recognising the canonical layout", () => {
  const input = records(primarySchool());
  const { grid } = layoutRegister({ ...input, title: "示例数据（虚构）" });
  const register = recogniseRegister(grid);

  it("finds every sheet and every field", () => {
    expect(Object.keys(register.sheets).sort()).toEqual(["buildings", "facilities", "schools", "staff", "students"]);
    const students = register.sheets.students!;
    expect(students.headerRows).toEqual([2, 3]);
    expect(students.columns.map((c) => c.fieldId)).toContain("primary.band26");
    expect(register.issues).toEqual([]);
  });

  it("reads values with their cells", () => {
    const row = register.sheets.students!.rows[0];
    expect(row.key).toBe(CODE_A);
    expect(row.fields["primary.total"].value).toBe(180);
    expect(row.row).toBe(4);
    const facilities = register.sheets.facilities!.rows[0];
    expect(facilities.fields.equipmentValue.value).toBe(120000);
  });
});
