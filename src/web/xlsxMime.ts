export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** The download's type: a macro workbook is offered as one, so the browser and Excel keep it .xlsm. */
export const mimeOf = (fileName: string) => (/\.xlsm$/i.test(fileName) ? XLSM_MIME : XLSX_MIME);
