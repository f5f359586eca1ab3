/** Adding and deleting sheets in ET, where deleting a sheet asks the user to confirm unless alerts are off. */
import type { EtApplication, EtWorkbook, EtWorksheet } from "./etApi";

/** The workbook an operation works on, with the application that owns it. */
export interface EtBook {
  readonly app: EtApplication;
  readonly wb: EtWorkbook;
}

export function deleteSheet({ app, wb }: EtBook, name: string): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    wb.Worksheets.Item(name).Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/** A new sheet after the last one, named `name`. */
export function addSheetAtEnd({ wb }: EtBook, name: string): EtWorksheet {
  const sheets = wb.Worksheets;
  const added = sheets.Add(undefined, sheets.Item(sheets.Count));
  added.Name = name;
  return added;
}
