/** The web page's reading of a picked workbook, in its worker (read.worker.ts) or inline (readWorkbook.ts). */
import type { WorkbookGrid } from "../domain/grid";
import { assertXlsxBytes } from "../workbook/fileKind";
import { readGrid } from "../workbook/package/readGrid";
import { WorkbookPackage } from "../workbook/package/workbookPackage";

/** The file's kind checked, then its sheets' values (InputError with a Chinese line otherwise). */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string): WorkbookGrid {
  assertXlsxBytes(bytes, fileName);
  return readGrid(WorkbookPackage.open(bytes, fileName));
}
