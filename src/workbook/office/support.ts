/**
 * Which parts of the Excel API the running Excel offers. Everything the adapter does beyond ExcelApi 1.4 is
 * either required with a clear message (conditional formats for highlights) or skipped gracefully (page breaks,
 * merges, data bars on output sheets, a threshold drawn as a line). Charts themselves are ExcelApi 1.1.
 */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface ApiSupport {
  /** Conditional formats (highlights, data bars), suspending calculation (ExcelApi 1.6). */
  readonly conditionalFormats: boolean;
  /** Range.hyperlink (ExcelApi 1.7). */
  readonly hyperlinks: boolean;
  /** Worksheet.freezePanes (ExcelApi 1.7). */
  readonly freezePanes: boolean;
  /** Workbook.protection, the structure lock that forbids adding sheets (ExcelApi 1.7). */
  readonly workbookProtection: boolean;
  /** ChartSeries.chartType, to draw one series of a column chart as a line (ExcelApi 1.7). */
  readonly seriesChartType: boolean;
  /** Range.dataValidation, the 状态 drop-down of 整改清单 (ExcelApi 1.8). */
  readonly dataValidation: boolean;
  /** RangeAreas via getRanges, page layout and page breaks (ExcelApi 1.9). */
  readonly rangeAreas: boolean;
  /** WorksheetCollection.onChanged, to see the workbook change after a check (ExcelApi 1.9). */
  readonly changeEvents: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  /** Excel.run's RunOptions.mergeUndoGroup: a batch's changes as one undo step (ExcelApi 1.20). */
  readonly mergeUndo: boolean;
}

/** Office's own check; false outside Office (tests inject their own). */
export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, minVersion);

export function apiSupport(isSetSupported: IsSetSupported): ApiSupport {
  const excel = (version: string) => isSetSupported("ExcelApi", version);
  return {
    conditionalFormats: excel("1.6"),
    hyperlinks: excel("1.7"),
    freezePanes: excel("1.7"),
    workbookProtection: excel("1.7"),
    seriesChartType: excel("1.7"),
    dataValidation: excel("1.8"),
    rangeAreas: excel("1.9"),
    changeEvents: excel("1.9"),
    mergedAreas: excel("1.13"),
    mergeUndo: excel("1.20"),
  };
}
