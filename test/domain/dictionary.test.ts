/** Every path and alias of the field dictionary is recognised as its own field (docs/workbook-format.md §1.1: a test per alias). */
import { REGISTER_SHEETS } from "../../src/domain/fields/dictionary";
import { assignColumns } from "../../src/domain/recognise/columns";
import { normaliseHeaderLevel } from "../../src/domain/recognise/headerText";

const cases = REGISTER_SHEETS.flatMap((sheet) =>
  sheet.fields.flatMap((field) => [field.path, ...field.aliases].map((path) => [sheet.name, path.join("/"), field.id, sheet, path] as const)),
);

describe("field dictionary", () => {
  it.each(cases)("%s: header %s is %s", (_name, _label, fieldId, sheet, path) => {
    const { matches } = assignColumns(sheet, [path.map((level) => normaliseHeaderLevel(level))]);
    expect(matches.map((m) => m.field.id)).toEqual([fieldId]);
  });

  it("has unique field ids within each sheet", () => {
    for (const sheet of REGISTER_SHEETS) {
      const ids = sheet.fields.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("keeps every path already normalised, so the dictionary matches what normalisation produces", () => {
    for (const sheet of REGISTER_SHEETS) {
      for (const field of sheet.fields) {
        for (const path of [field.path, ...field.aliases]) for (const level of path) expect(normaliseHeaderLevel(level).text).toBe(level);
      }
    }
  });
});
