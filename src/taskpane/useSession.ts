/**
 * The pane's state around session.ts: which phase is running, the last run, and the one message to show
 * (an error in the host's or engine's words, or what was just written). Every workbook call goes through
 * `guard`, so a failure becomes a message and leaves the last good run in place.
 */
import { useCallback, useRef, useState } from "react";
import type { Finding } from "../domain/findings";
import type { WorkbookHost } from "../workbook/host";
import type { Catalog } from "./i18n/strings";
import {
  clearHighlights,
  errorMessage,
  recordExplanation,
  runSession,
  selectFinding,
  writeOutputSheets,
  writeStandardsSheet,
  type Phase,
  type SessionOptions,
  type SessionResult,
} from "./session";

export interface PaneMessage {
  readonly intent: "error" | "success";
  readonly text: string;
}

export interface SessionControls {
  /** The phase running now, or null when no check is running. */
  readonly phase: Phase | null;
  readonly result: SessionResult | null;
  /** A workbook call is in progress (a check, a write, clearing): actions wait. */
  readonly busy: boolean;
  readonly message: PaneMessage | null;
  dismissMessage(): void;
  /** A check against the pack; with last year's workbook (and carry-over) when one was chosen in 上年数据. */
  start(packId: string, history?: Pick<SessionOptions, "previous" | "carryOver">): Promise<void>;
  writeSheets(): Promise<void>;
  writeStandards(): Promise<void>;
  clear(): Promise<void>;
  select(finding: Finding): Promise<void>;
  /** Records a 说明; resolves to true when it was written. */
  explain(finding: Finding, text: string, author: string): Promise<boolean>;
}

export function useSession(host: WorkbookHost, strings: Catalog): SessionControls {
  const [phase, setPhase] = useState<Phase | null>(null);
  const [result, setResult] = useState<SessionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  // The latest values for callbacks that outlive a render (a check finishing after the user typed).
  const latest = useRef({ result, strings });
  latest.current = { result, strings };

  const guard = useCallback(async (work: () => Promise<PaneMessage | null>): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
      return true;
    } catch (error) {
      setMessage({ intent: "error", text: errorMessage(error, latest.current.strings.errors.unexpected) });
      return false;
    } finally {
      setBusy(false);
      setPhase(null);
    }
  }, []);

  const start = useCallback(
    async (packId: string, history: Pick<SessionOptions, "previous" | "carryOver"> = {}) => {
      await guard(async () => {
        const next = await runSession(host, { packId, ...history }, (p) => setPhase(p));
        setResult(next);
        return null;
      });
    },
    [guard, host],
  );

  const withRun = useCallback(
    (work: (current: SessionResult) => Promise<PaneMessage | null>) => async () => {
      const current = latest.current.result;
      if (current) await guard(() => work(current));
    },
    [guard],
  );

  const written = (names: readonly string[]): PaneMessage => ({ intent: "success", text: latest.current.strings.actions.written(names.join(latest.current.strings.common.separator)) });

  const writeSheets = withRun(async ({ run, grid, highlighted }) => written(await writeOutputSheets(host, run, grid, { highlighted })));
  const writeStandards = withRun(async ({ run, grid, highlighted }) => written([await writeStandardsSheet(host, run, grid, { highlighted })]));

  const clear = useCallback(async () => {
    await guard(async () => {
      await clearHighlights(host);
      // Later writes (result sheets, 说明) must not bring the colours back.
      setResult((current) => current && { ...current, highlighted: false });
      return { intent: "success", text: latest.current.strings.actions.cleared };
    });
  }, [guard, host]);

  const select = useCallback(
    async (finding: Finding) => {
      try {
        await selectFinding(host, finding);
      } catch (error) {
        setMessage({ intent: "error", text: errorMessage(error, latest.current.strings.errors.unexpected) });
      }
    },
    [host],
  );

  const explain = useCallback(
    async (finding: Finding, text: string, author: string) => {
      const current = latest.current.result;
      if (!current) return false;
      return guard(async () => {
        setResult(await recordExplanation(host, current, finding, { text, author }));
        return { intent: "success", text: latest.current.strings.actions.explained };
      });
    },
    [guard, host],
  );

  return { phase, result, busy, message, dismissMessage: () => setMessage(null), start, writeSheets, writeStandards, clear, select, explain };
}
