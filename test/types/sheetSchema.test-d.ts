/**
 * Type test (issue 13), checked by `npm run typecheck`, never run: a reader or writer naming a column its sheet's
 * schema lacks does not compile, a writer cannot leave a column out, and each column reads as its kind says.
 */
import type { CellValue } from "../../src/domain/grid";
import { RECTIFICATION_SCHEMA } from "../../src/domain/outputs/rectificationSheet";
import { CHECKLIST_SCHEMA } from "../../src/domain/checklists/checklistColumns";
import { columnNumber, findColumns, readRow, rowCells, type PlacesOf } from "../../src/domain/sheetSchema";

declare const row: readonly CellValue[];
declare const checklistPlaces: PlacesOf<typeof CHECKLIST_SCHEMA>;

const places = findColumns(RECTIFICATION_SCHEMA, row, ["key", "status"]);
export const status: string | undefined = places ? readRow(RECTIFICATION_SCHEMA, row, places).status : undefined;
// @ts-expect-error 整改清单 has no column "statu".
export const misspelt = places ? readRow(RECTIFICATION_SCHEMA, row, places).statu : undefined;
// @ts-expect-error a header row cannot require a column the schema lacks.
export const badHeader = findColumns(RECTIFICATION_SCHEMA, row, ["key", "state"]);
// @ts-expect-error 依据 is a column of 考核自查, not of 整改清单.
export const otherSheet = columnNumber(RECTIFICATION_SCHEMA, "evidence");

export const score: CellValue | undefined = readRow(CHECKLIST_SCHEMA, row, checklistPlaces).score;
// @ts-expect-error 依据 is read as text, not as the cell's value.
export const evidence: number = readRow(CHECKLIST_SCHEMA, row, checklistPlaces).evidence;

export const written = rowCells(CHECKLIST_SCHEMA, { index: 1, title: 2, type: 3, status: 4, evidence: 5, score: 6, maxScore: 7, key: 8 });
// @ts-expect-error 满分 (maxScore) is left out.
export const missing = rowCells(CHECKLIST_SCHEMA, { index: 1, title: 2, type: 3, status: 4, evidence: 5, score: 6, key: 8 });
