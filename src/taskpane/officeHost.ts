/** The workbook host the task pane uses inside Excel: the Office.js adapter, one Excel.run per batch. */
import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";
import type { WorkbookHost } from "../workbook/host";

export function createOfficeHost(): WorkbookHost {
  return new OfficeWorkbook((batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)));
}
