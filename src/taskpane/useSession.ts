/**
 * The pane's state around session.ts: which phase is running, the last run, and the one message to show
 * (an error in the host's or engine's words, or what was just written). Every workbook call goes through
 * `guard`, so a failure becomes a message and leaves the last good run in place. A check can be cancelled;
 * after a check the workbook is watched, and a change to what it read marks the run stale.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../domain/findings";
import type { WorkbookHost } from "../workbook/host";
import type { Catalog } from "./i18n/strings";
import { CancelledError } from "./cancel";
import { checkInline, type CheckEngine } from "./checkEngine";
import {
  clearHighlights,
  errorMessage,
  recordExplanation,
  runSession,
  selectFinding,
  writeOutputSheets,
  watchInputs,
  writeStandardsSheet,
  type Phase,
  type SessionOptions,
  type SessionResult,
} from "./session";

export interface PaneMessage {
  readonly intent: "error" | "warning" | "success" | "info";
  readonly text: string;
  readonly title?: string;
}

export interface SessionControls {
  /** The phase running now, or null when no check is running. */
  readonly phase: Phase | null;
  readonly result: SessionResult | null;
  /** A workbook call is in progress (a check, a write, clearing): actions wait. */
  readonly busy: boolean;
  readonly message: PaneMessage | null;
  /** The sheet the user changed after the run (its results and highlight addresses may be off), or null. */
  readonly staleSheet: string | null;
  dismissMessage(): void;
  /** Stops the running check; nothing is written. */
  cancel(): void;
  /** A check against the pack; with last year's workbook (and carry-over) when one was chosen in 上年数据. */
  start(packId: string, history?: Pick<SessionOptions, "previous" | "carryOver">): Promise<void>;
  writeSheets(): Promise<void>;
  writeStandards(): Promise<void>;
  clear(): Promise<void>;
  select(finding: Finding): Promise<void>;
  /** Records a 说明; resolves to true when it was written. */
  explain(finding: Finding, text: string, author: string): Promise<boolean>;
}

export function useSession(host: WorkbookHost, strings: Catalog, engine: CheckEngine = checkInline): SessionControls {
  const [phase, setPhase] = useState<Phase | null>(null);
  const [result, setResult] = useState<SessionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [staleSheet, setStaleSheet] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  // The latest values for callbacks that outlive a render (a check finishing after the user typed).
  const latest = useRef({ result, strings });
  latest.current = { result, strings };

  // `settle` applies the state a finished action leaves: a check's in one transition with its results, so the
  // pane never shows the progress gone and the results not yet there.
  const guard = useCallback(async (work: () => Promise<PaneMessage | null>, settle: (update: () => void) => void = (update) => update()): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    let outcome: PaneMessage | null = null;
    try {
      outcome = await work();
      return true;
    } catch (error) {
      const s = latest.current.strings;
      outcome = error instanceof CancelledError ? { intent: "info", text: s.run.cancelled } : { intent: "error", text: errorMessage(error, s.errors) };
      return false;
    } finally {
      settle(() => {
        setMessage(outcome);
        setBusy(false);
        setPhase(null);
      });
    }
  }, []);

  // Watch the workbook while there is a run: the first change to what it read makes the run stale.
  useEffect(() => {
    if (!result) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    watchInputs(host, (sheet) => setStaleSheet((current) => current ?? sheet))
      .then((unwatch) => (cancelled ? unwatch() : (stop = unwatch)))
      .catch(() => undefined);
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [host, result]);

  const start = useCallback(
    async (packId: string, history: Pick<SessionOptions, "previous" | "carryOver"> = {}) => {
      const controller = new AbortController();
      running.current = controller;
      let next: SessionResult | null = null;
      await guard(async () => {
        next = await runSession(host, { packId, ...history }, (p) => setPhase(p), controller.signal, engine);
        if (!next.notWritten) return null;
        const s = latest.current.strings;
        // In the pane's language: the protected sheets by name, or the host's refusal as any failure is worded.
        const text = next.lockedSheets ? s.run.lockedSheets(next.lockedSheets.join(s.common.separator)) : next.refused ? errorMessage(next.refused, s.errors) : next.notWritten;
        return { intent: "warning", title: s.run.notWritten, text };
      }, (settle) =>
        // A county's results take a while to build: as one transition React builds them in slices between which
        // the pane still answers, instead of one long task, and shows them with the pane no longer busy.
        startTransition(() => {
          if (next) {
            setResult(next);
            setStaleSheet(null);
          }
          settle();
        }),
      );
      running.current = null;
    },
    [engine, guard, host],
  );

  const cancel = useCallback(() => running.current?.abort(), []);

  // Writes that use the run's cell addresses wait for a new check once the workbook has changed.
  const staleRef = useRef(staleSheet);
  staleRef.current = staleSheet;
  const refuseStale = useCallback((): boolean => {
    const sheet = staleRef.current;
    if (sheet !== null) setMessage({ intent: "warning", title: latest.current.strings.run.stale, text: latest.current.strings.run.staleDetail(sheet) });
    return sheet !== null;
  }, []);

  const withRun = useCallback(
    (work: (current: SessionResult) => Promise<PaneMessage | null>) => async () => {
      const current = latest.current.result;
      if (current && !refuseStale()) await guard(() => work(current));
    },
    [guard, refuseStale],
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
        setMessage({ intent: "error", text: errorMessage(error, latest.current.strings.errors) });
      }
    },
    [host],
  );

  const explain = useCallback(
    async (finding: Finding, text: string, author: string) => {
      const current = latest.current.result;
      if (!current || refuseStale()) return false;
      return guard(async () => {
        setResult(await recordExplanation(host, current, finding, { text, author }));
        return { intent: "success", text: latest.current.strings.actions.explained };
      });
    },
    [guard, host, refuseStale],
  );

  return { phase, result, busy, message, staleSheet, dismissMessage: () => setMessage(null), cancel, start, writeSheets, writeStandards, clear, select, explain };
}
