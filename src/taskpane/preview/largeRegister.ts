/**
 * An error-heavy county-sized register for measuring the pane (scripts/measure-pane.mjs): the generator's
 * township at any size, with a number written as text ("约40" computers, D01) in every other school and the
 * primary total off by one (312-01) in every other school — about 4 000 findings for 3 000 schools.
 */
import type { CellValue, WorkbookGrid } from "../../domain/grid";
import { layoutRegister, type RecordCells } from "../../domain/layout/registerLayout";
import { generateTownship } from "../../domain/sample/generator";

function withErrors(rows: readonly RecordCells[] | undefined, change: (row: Record<string, CellValue>) => void): RecordCells[] | undefined {
  return rows?.map((row, i) => {
    if (i % 2 !== 0) return row;
    const copy = { ...row };
    change(copy);
    return copy;
  });
}

export function largeRegister(schools: number): WorkbookGrid {
  const records = generateTownship({ seed: 2016, schoolCount: schools });
  const { sheets } = records;
  return layoutRegister({
    ...records,
    sheets: {
      ...sheets,
      facilities: withErrors(sheets.facilities, (row) => (row.computers = "约40")),
      students: withErrors(sheets.students, (row) => {
        if (typeof row["primary.total"] === "number") row["primary.total"] += 1;
      }),
    },
  }).grid;
}
