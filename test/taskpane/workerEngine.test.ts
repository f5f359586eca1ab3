/**
 * The engine in a Web Worker, over a stand-in Worker that runs check.worker.ts's steps on structured clones of
 * the messages, as a browser would: the run arrives whole, cancelling terminates the worker, failures keep their
 * kind, and a worker that cannot start falls back to the inline engine.
 */
import { runCheck } from "../../src/domain/check";
import { InputError } from "../../src/domain/errors";
import type { WorkbookGrid } from "../../src/domain/grid";
import { CancelledError } from "../../src/taskpane/cancel";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { answerCheck, plainRun, type EngineOptions } from "../../src/taskpane/checkEngine";
import { computeHighlights, runHighlights } from "../../src/taskpane/runHighlights";
import { workerEngine, type WorkerReply } from "../../src/taskpane/workerEngine";
import { sampleGrid } from "./gridHost";

/**
 * Answers with check.worker.ts's own function, a task later, each message cloned and delivered in a task of its
 * own, as a browser would; `stall` keeps it from answering at all; `sliceObjects` makes even the sample's run
 * arrive in slices.
 */
class StandInWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly replies: WorkerReply["type"][] = [];
  constructor(
    private readonly stall = false,
    private readonly sliceObjects?: number,
  ) {}
  postMessage(data: { grid: WorkbookGrid; options: EngineOptions }): void {
    const { grid, options } = structuredClone(data);
    if (this.stall) return;
    setTimeout(() => {
      answerCheck(
        grid,
        options,
        (message) => {
          this.replies.push(message.type);
          const copy = structuredClone(message);
          setTimeout(() => !this.terminated && this.onmessage?.({ data: copy } as MessageEvent<WorkerReply>), 0);
        },
        this.sliceObjects,
      );
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const standIn = (worker = new StandInWorker()) => workerEngine(() => worker as unknown as Worker);

describe("check in a Web Worker", () => {
  it("hands back the same run the engine makes inline, with the phases on the way", async () => {
    const phases: string[] = [];
    const run = await standIn()(sampleGrid(), {}, (p) => phases.push(p));
    const inline = runCheck(sampleGrid());
    expect(run).toEqual(plainRun(inline));
    // Everything written from the run, the orange cells of units below standard included (computed on demand inline).
    expect(checkWritePlan(run, sampleGrid())).toEqual(checkWritePlan(inline, sampleGrid()));
    expect(checkWritePlan(run, sampleGrid()).highlights.some((g) => g.kind === "below")).toBe(true);
    expect(phases).toEqual(["recognise", "check"]);
  });

  it("puts together a run that arrives in slices, with the highlights computed in the worker", async () => {
    const worker = new StandInWorker(false, 100);
    const run = await standIn(worker)(sampleGrid(), {}, () => undefined);
    const inline = runCheck(sampleGrid());
    expect(worker.replies.filter((t) => t === "slice").length).toBeGreaterThan(3);
    expect(run).toEqual(plainRun(inline));
    expect(checkWritePlan(run, sampleGrid())).toEqual(checkWritePlan(inline, sampleGrid()));
    // Handed over, not computed again on the pane's thread: the very array the worker sent.
    expect(runHighlights(run)).toEqual(computeHighlights(inline));
    expect(runHighlights(run)).toBe(runHighlights(run));
  });

  it("cancels a running check by terminating its worker", async () => {
    const worker = new StandInWorker(true);
    const controller = new AbortController();
    const running = standIn(worker)(sampleGrid(), {}, () => undefined, controller.signal);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(worker.terminated).toBe(true);
  });

  it("keeps the engine's own words for a workbook without a register", async () => {
    const grid: WorkbookGrid = { sheets: [{ name: "Sheet1", rows: [["你好"]], merges: [], visibility: "visible" }], ownedSheets: [] };
    await expect(standIn()(grid, {}, () => undefined)).rejects.toBeInstanceOf(InputError);
  });

  it("runs inline where no worker can start (a page opened from a folder)", async () => {
    const engine = workerEngine(() => {
      throw new Error("Script at file:///… cannot be accessed from origin 'null'.");
    });
    const run = await engine(sampleGrid(), {}, () => undefined);
    expect(run.summary).toEqual(runCheck(sampleGrid()).summary);
  });
});
