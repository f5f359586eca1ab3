/**
 * The roster of a class set of practice registers (`练习.名单.json`): which numbered file and key each trainee
 * gets. Scoring matches a returned file to its key by the practice number kept in its name, so a trainee may
 * put their own name in front (`张三-练习-07.xlsx`). Pure.
 */
import { z } from "zod";
import { InputError } from "../errors";

export interface RosterEntry {
  /** 1-based practice number. */
  readonly number: number;
  /** File name of the practice register, e.g. `练习-07.xlsx`. */
  readonly file: string;
  /** File name of its key, beside the roster. */
  readonly key: string;
  readonly seed: number;
}

export interface Roster {
  readonly level: string | null;
  readonly entries: readonly RosterEntry[];
}

const RosterSchema = z.object({
  说明: z.string().optional(),
  难度: z.string().nullable().optional(),
  练习: z.array(z.object({ 编号: z.number().int(), 文件: z.string(), 答案: z.string(), 种子: z.number().int() })).min(1),
});

export function rosterFile(roster: Roster): object {
  return {
    说明: "练习登记表名单：每位学员一份不同的练习表。答案文件只给培训老师；学员交回的文件名请保留「练习-07」这样的编号，评分时按编号找答案。",
    难度: roster.level,
    练习: roster.entries.map((e) => ({ 编号: e.number, 文件: e.file, 答案: e.key, 种子: e.seed })),
  };
}

/** The roster in a JSON value, or null when the value is not a roster (it may be a single key file). */
export function parseRoster(json: unknown): Roster | null {
  const parsed = RosterSchema.safeParse(json);
  if (!parsed.success) return null;
  return {
    level: parsed.data.难度 ?? null,
    entries: parsed.data.练习.map((e) => ({ number: e.编号, file: e.文件, key: e.答案, seed: e.种子 })),
  };
}

/**
 * The practice a returned file belongs to, among practice file stems (`练习-07`): the one the file name contains,
 * the longest when several do (`练习-1` and `练习-10`). Undefined when none does.
 */
export function practiceStemOf(stems: readonly string[], fileName: string): string | undefined {
  return stems.filter((s) => fileName.includes(s)).sort((a, b) => b.length - a.length)[0];
}

const stem = (file: string) => file.replace(/\.[^.]*$/, "");

/** The roster entry of a returned trainee file; an InputError naming the file when there is none. */
export function rosterEntryFor(roster: Roster, fileName: string): RosterEntry {
  const found = practiceStemOf(roster.entries.map((e) => stem(e.file)), fileName);
  const entry = roster.entries.find((e) => stem(e.file) === found);
  if (!entry) throw new InputError(`名单里没有与「${fileName}」对应的练习：文件名应保留练习编号（例如「${stem(roster.entries[0].file)}」）。`);
  return entry;
}
