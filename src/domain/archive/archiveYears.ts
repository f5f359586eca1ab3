/**
 * Which year each register of an archive is. The year is the 统计年度 the run used (填报说明, or the value the caller
 * gave for that file); a file without one, or two files of the same year, stop the archive: putting a register
 * under a guessed year would put every number of it in the wrong row.
 */
import type { CheckRun } from "../run";
import { InputError } from "../errors";
import { yearOf } from "./year";

export interface ArchiveSource {
  readonly file: string;
  readonly run: CheckRun;
}

export interface ArchiveYear {
  /** Four digits, e.g. "2016". */
  readonly year: string;
  readonly file: string;
  readonly run: CheckRun;
}

/**
 * The sources in year order. `hint` ends the message about files without a year with how the caller can give one
 * (the command line's --year, the pane's year field).
 */
export function archiveYears(sources: readonly ArchiveSource[], hint = ""): ArchiveYear[] {
  if (sources.length === 0) throw new InputError("没有要汇总的登记表。", { kind: "archiveNothing" });
  const unknown = sources.filter((s) => yearOf(s.run.meta["统计年度"]) === null);
  if (unknown.length > 0) {
    const named = unknown.map((s) => (s.run.meta["统计年度"] ? `「${s.file}」（统计年度「${s.run.meta["统计年度"]}」中没有年份）` : `「${s.file}」`));
    throw new InputError(`无法确定${named.join("、")}的统计年度：请在填报说明中填写统计年度${hint}。`, { kind: "archiveNoYear", files: unknown.map((s) => s.file) });
  }
  const years = sources.map((s) => ({ year: yearOf(s.run.meta["统计年度"]) as string, file: s.file, run: s.run }));
  for (const [i, a] of years.entries()) {
    const b = years.slice(i + 1).find((y) => y.year === a.year);
    if (b) throw new InputError(`「${a.file}」与「${b.file}」都是 ${a.year} 年度的登记表：每个年度只能有一个文件。`, { kind: "archiveSameYear", files: [a.file, b.file], year: a.year });
  }
  return years.sort((a, b) => Number(a.year) - Number(b.year));
}
