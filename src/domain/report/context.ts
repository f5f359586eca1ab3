/** What every part of the report is built from, gathered once so the tables and the sentences use the same figures. */
import type { CheckRun } from "../run";
import type { ChecklistResult } from "../checklists/types";
import { basicFacts, type BasicFacts } from "./basicFacts";
import { townshipWord } from "./format";

export interface ReportContext {
  readonly run: CheckRun;
  readonly checklist: readonly ChecklistResult[];
  readonly facts: BasicFacts;
  /** 乡 / 镇 / 街道, for 全乡 and 本乡. */
  readonly word: string;
  /** The township's name, or 全乡 when the register does not give it. */
  readonly place: string;
  /** 基本均衡 or 优质均衡: what passing the pack's coefficient rule means. */
  readonly level: string;
}

export function reportContext(run: CheckRun, checklist: readonly ChecklistResult[]): ReportContext {
  const word = townshipWord(run.meta);
  return {
    run,
    checklist,
    facts: basicFacts(run.register),
    word,
    place: run.meta["乡镇"] || `全${word}`,
    level: run.pack.coefficient.mode === "composite" ? "基本均衡" : "优质均衡",
  };
}
