/** The 问题 view: filter findings by severity and a search text, then group them school → sheet → rule. */
import type { Finding, Language, Severity } from "../../domain/findings";
import { describeRule, findingMessage, ruleById } from "../../domain/rules/registry";

/** A finding with its position in run.findings, which stays its identity while filters change. */
export interface FindingEntry {
  readonly index: number;
  readonly finding: Finding;
}

export interface RuleGroup {
  readonly rule: string;
  readonly title: string | null;
  readonly entries: readonly FindingEntry[];
}

export interface SheetGroup {
  readonly sheet: string | null;
  readonly rules: readonly RuleGroup[];
}

export interface SchoolGroup {
  /** Stable key: the school code, or "" for township-wide findings. */
  readonly key: string;
  readonly schoolId: string | null;
  readonly schoolName: string | null;
  readonly sheets: readonly SheetGroup[];
  readonly count: number;
  /** The most severe level among its findings. */
  readonly severity: Severity;
}

export interface FindingFilter {
  readonly severities: ReadonlySet<Severity>;
  readonly query: string;
  /** The pane's language: its sentences are searched too (zh-CN when absent). */
  readonly lang?: Language;
}

const normalise = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/** The rule's title in `lang`, or null for an id the registry does not know. */
export function ruleTitle(id: string, lang: Language = "zh-CN"): string | null {
  const rule = ruleById(id);
  return rule ? describeRule(rule, lang).title : null;
}

/**
 * Matches the school name or code, the rule id or title, or the message. Titles match in both languages and the
 * message also as the pane shows it, so a Chinese word and an English one both find a finding in the English pane.
 */
export function matchesQuery(f: Finding, query: string, lang: Language = "zh-CN"): boolean {
  const q = normalise(query);
  if (!q) return true;
  const rule = ruleById(f.rule);
  const shown = lang === "zh-CN" ? [] : [findingMessage(f, lang)];
  return [f.schoolName ?? "", f.schoolId ?? "", f.rule, rule?.title ?? "", rule?.en.title ?? "", f.message, ...shown].some((s) => normalise(s).includes(q));
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): FindingEntry[] {
  return findings.flatMap((finding, index) => (filter.severities.has(finding.severity) && matchesQuery(finding, filter.query, filter.lang) ? [{ index, finding }] : []));
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function pushInto<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Schools in the order their first finding comes (errors first, as the engine sorts), then sheets and rules
 * likewise; each rule with its title in `lang`.
 */
export function groupFindings(entries: readonly FindingEntry[], lang: Language = "zh-CN"): SchoolGroup[] {
  const bySchool = new Map<string, FindingEntry[]>();
  for (const e of entries) pushInto(bySchool, e.finding.schoolId ?? "", e);
  return [...bySchool].map(([key, list]) => {
    const bySheet = new Map<string | null, FindingEntry[]>();
    for (const e of list) pushInto(bySheet, e.finding.sheet, e);
    const sheets = [...bySheet].map(([sheet, inSheet]): SheetGroup => {
      const byRule = new Map<string, FindingEntry[]>();
      for (const e of inSheet) pushInto(byRule, e.finding.rule, e);
      return { sheet, rules: [...byRule].map(([rule, ruleEntries]) => ({ rule, title: ruleTitle(rule, lang), entries: ruleEntries })) };
    });
    const first = list[0].finding;
    const severity = list.reduce<Severity>((worst, e) => (RANK[e.finding.severity] < RANK[worst] ? e.finding.severity : worst), "info");
    return { key, schoolId: first.schoolId, schoolName: list.find((e) => e.finding.schoolName)?.finding.schoolName ?? null, sheets, count: list.length, severity };
  });
}
