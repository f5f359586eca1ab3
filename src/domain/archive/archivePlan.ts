/**
 * The archive tables (issue 8): the multi-year final tables the archive group prints, built from one check run per
 * year. They are ordinary output sheets, so both adapters write them with the same print setup (A4 landscape at a
 * legible scale, column groups with the identifying columns repeated, wrapped text, title, page numbers, repeated
 * header row: docs/workbook-format.md §2.3) and data bars as the yearly outputs.
 */
import type { OutputSheet } from "../outputs/writePlan";
import { withWrappedText } from "../layout/printLayout";
import type { ArchiveYear } from "./archiveYears";
import { ARCHIVE_COEFFICIENT_SHEET, archiveCoefficientSheet } from "./coefficientSheet";
import { ARCHIVE_COUNTS_SHEET, archiveCountsSheet } from "./countsSheet";
import { ARCHIVE_SCHOOL_SHEET, archiveSchoolSheet } from "./schoolSheet";

export const ARCHIVE_SHEETS = [ARCHIVE_COEFFICIENT_SHEET, ARCHIVE_SCHOOL_SHEET, ARCHIVE_COUNTS_SHEET] as const;

/** `named` turns a sheet's name into the one it may take in the target workbook (beside a user's own sheet). */
export function archiveSheets(years: readonly ArchiveYear[], named: (name: string) => string = (n) => n): OutputSheet[] {
  if (years.length === 0) throw new Error("an archive needs at least one year");
  return [
    archiveCoefficientSheet(years, named(ARCHIVE_COEFFICIENT_SHEET)),
    archiveSchoolSheet(years, named(ARCHIVE_SCHOOL_SHEET)),
    archiveCountsSheet(years, named(ARCHIVE_COUNTS_SHEET)),
  ].map(withWrappedText);
}
