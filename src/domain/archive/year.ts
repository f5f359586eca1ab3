/**
 * The statistics year (统计年度) of a register as a comparable key. Users write 2016, 2016年, 2016年度 or
 * 2016—2017; all of these are the year 2016, so two files are only "different years" when their first four-digit
 * years differ.
 */
import { removeSpaces, toHalfWidth } from "../text";

/** The first four-digit year in the text (19xx or 20xx); null when there is none. */
export function yearOf(text: string | undefined): string | null {
  if (text === undefined) return null;
  const match = /(19|20)\d{2}/.exec(toHalfWidth(text));
  return match ? match[0] : null;
}

/** 学年 spellings that mean the same school year: `2016—2017学年`, `2016-2017`, `2016至2017学年`. */
export function schoolYearKey(text: string): string {
  return removeSpaces(toHalfWidth(text))
    .replace(/[—–－~～至]+|-{2,}/g, "-")
    .replace(/学年$/, "");
}
