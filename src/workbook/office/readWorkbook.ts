/**
 * The read batch: (1) the sheet list; (2) each sheet's used-range bounds and merged areas; (3 …) the cells —
 * values, valueTypes and numberFormat — in row blocks packed into syncs under a response budget (readBlocks.ts).
 * A register whose cells fit one response (about 1 100 schools) takes 3 syncs; a larger one one more per ~4 MB
 * (15 000 schools: 14).
 *
 * valueTypes and numberFormat cost four fifths of the response, but they are what tells an Excel error from text
 * that looks like one and a date from a number, so the add-in reads exactly what the exceljs path reads; the
 * price is a few more syncs for a province-sized register, not a different check.
 */
import type { WorkbookGrid } from "../../domain/grid";
import { MARKER_SHEET } from "../port";
import { areaAddress } from "./addresses";
import { toSheetGrid, type LoadedSheet } from "./cellValues";
import { officeErrorCode } from "./errors";
import { loadOwnedSetting, ownedIn } from "./owner";
import { utf8Bytes } from "./payload";
import { blockRead, newCursor, planSync, responseRefused, type PlannedBlock, type SheetCursor } from "./readBlocks";
import type { ApiSupport } from "./support";

interface SheetCells {
  readonly name: string;
  readonly visibility: string;
  readonly worksheet: Excel.Worksheet;
  readonly merges: string | null;
  readonly cursor: SheetCursor;
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly numberFormat: unknown[][];
}

async function sheetBounds(context: Excel.RequestContext, support: ApiSupport): Promise<{ sheets: SheetCells[]; setting: Excel.Setting }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load({ name: true, visibility: true });
  const setting = loadOwnedSetting(context);
  await context.sync();
  const pending = worksheets.items.map((worksheet) => ({
    worksheet,
    // valuesOnly: formatting alone (a bordered empty table) does not make rows.
    used: worksheet.getUsedRangeOrNullObject(true).load({ rowIndex: true, columnIndex: true, rowCount: true, columnCount: true }),
    merges: support.mergedAreas ? worksheet.getRange().getMergedAreasOrNullObject().load({ address: true }) : null,
  }));
  await context.sync();
  const sheets = pending.map(({ worksheet, used, merges }) => ({
    name: worksheet.name,
    visibility: String(worksheet.visibility),
    worksheet,
    merges: merges && !merges.isNullObject ? merges.address : null,
    cursor: newCursor(
      used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 },
    ),
    values: [],
    valueTypes: [],
    numberFormat: [],
  }));
  return { sheets, setting };
}

/** JSON punctuation of a cell in the three arrays: quotes around its type, format and text value, and commas. */
const CELL_OVERHEAD_BYTES = 9;
/** A number, boolean or null in JSON: most are shorter (42614, true), a long fraction is longer. */
const SCALAR_BYTES = 12;
/** The brackets and commas of one row in the three arrays. */
const ROW_OVERHEAD_BYTES = 9;

function textBytes(value: unknown): number {
  return typeof value === "string" ? utf8Bytes(value) : SCALAR_BYTES;
}

/** About what one row of values, valueTypes and numberFormat costs in the response, without serialising it. */
function rowBytes(values: readonly unknown[], valueTypes: readonly string[], numberFormat: readonly unknown[]): number {
  let bytes = ROW_OVERHEAD_BYTES;
  for (let c = 0; c < values.length; c++) bytes += CELL_OVERHEAD_BYTES + textBytes(values[c]) + (valueTypes[c]?.length ?? 0) + textBytes(numberFormat[c]);
  return bytes;
}

/** One sync of cells. Should Excel refuse the response, nothing is kept and the same rows are planned again, smaller. */
async function readBlocks(context: Excel.RequestContext, sheets: readonly SheetCells[], blocks: readonly PlannedBlock[], budgetBytes: number): Promise<void> {
  const ranges = blocks.map((block) => {
    const { worksheet, cursor } = sheets[block.sheet];
    const { left, right } = cursor.bounds!;
    return worksheet.getRange(areaAddress({ top: block.top, left, bottom: block.bottom, right })).load({ values: true, valueTypes: true, numberFormat: true });
  });
  try {
    await context.sync();
  } catch (error) {
    const cursors = sheets.map((s) => s.cursor);
    if (officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded" && responseRefused(cursors, blocks, budgetBytes)) return;
    throw error;
  }
  blocks.forEach((block, i) => {
    const sheet = sheets[block.sheet];
    const { values, valueTypes, numberFormat } = ranges[i];
    // A loop, not push(...rows): a narrow sheet's block can hold more rows than a call takes arguments. The
    // response's size is estimated on the way, rather than by serialising the block again.
    let bytes = 0;
    for (let r = 0; r < values.length; r++) {
      sheet.values.push(values[r]);
      sheet.valueTypes.push(valueTypes[r]);
      sheet.numberFormat.push(numberFormat[r]);
      bytes += rowBytes(values[r], valueTypes[r], numberFormat[r]);
    }
    blockRead(sheet.cursor, block, bytes);
  });
}

function loaded(sheet: SheetCells): LoadedSheet {
  const bounds = sheet.cursor.bounds;
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    used: bounds ? { rowIndex: bounds.top, columnIndex: bounds.left, values: sheet.values, valueTypes: sheet.valueTypes, numberFormat: sheet.numberFormat } : null,
    merges: sheet.merges,
  };
}

export async function readWorkbook(context: Excel.RequestContext, support: ApiSupport, responseBudgetBytes: number): Promise<WorkbookGrid> {
  const { sheets, setting } = await sheetBounds(context, support);
  const cursors = sheets.map((s) => s.cursor);
  for (let blocks = planSync(cursors, responseBudgetBytes); blocks.length > 0; blocks = planSync(cursors, responseBudgetBytes)) {
    await readBlocks(context, sheets, blocks, responseBudgetBytes);
  }
  const all = sheets.map(loaded);
  const marker = all.find((s) => s.name === MARKER_SHEET);
  const ownedSheets = ownedIn(setting, marker ? toSheetGrid(marker).rows : []);
  return { sheets: all.filter((s) => s.name !== MARKER_SHEET).map(toSheetGrid), ownedSheets };
}
