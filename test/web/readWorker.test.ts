/**
 * The web page reads a picked workbook in a Web Worker: a stand-in Worker loads read.worker.ts itself (with its
 * own `self`) and passes structured clones, as a browser does. The grid arrives as the inline reading gives it,
 * refusals keep their Chinese line, and a worker that cannot start falls back to reading inline.
 */
import { InputError } from "../../src/domain/errors";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { sampleRegister } from "../../src/domain/sample/sample";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { FileHost } from "../../src/web/fileHost";
import { readInline, workerReader, type ReadReply } from "../../src/web/readWorkbook";

type Scope = { onmessage: ((event: { data: unknown }) => void) | null; postMessage(message: ReadReply): void };

/** Runs the real worker script: its `self` posts back to this stand-in, a task later. */
class StandInWorker {
  onmessage: ((event: MessageEvent<ReadReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: { bytes: Uint8Array; fileName: string } | null = null;
  private readonly scope: Scope;

  constructor(private readonly crash = false) {
    const scope: Scope = {
      onmessage: null,
      postMessage: (message) => setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(message) } as MessageEvent<ReadReply>), 0),
    };
    this.scope = scope;
    const global = globalThis as unknown as { self: unknown };
    const previous = global.self;
    global.self = scope;
    // The worker script sets `self.onmessage` when it loads: a fresh copy of the module per stand-in, synchronously.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.isolateModules(() => require("../../src/web/read.worker"));
    global.self = previous;
  }

  postMessage(data: { bytes: Uint8Array; fileName: string }): void {
    this.posted = data;
    const clone = structuredClone(data);
    setTimeout(() => {
      if (this.crash) return void this.onerror?.({ message: "Out of memory", preventDefault: () => undefined } as ErrorEvent);
      this.scope.onmessage?.({ data: clone });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

async function sampleBytes(): Promise<Uint8Array> {
  return ExcelJsWorkbook.fromGrid(layoutRegister(sampleRegister()).grid).toBuffer();
}

describe("the web page reads in a Web Worker", () => {
  it("hands back the grid the inline reading gives, from a copy of the bytes, and ends the worker", async () => {
    const bytes = await sampleBytes();
    const worker = new StandInWorker();
    const grid = await workerReader(() => worker as unknown as Worker)(bytes, "登记表.xlsx");
    expect(grid).toEqual(await readInline(bytes, "登记表.xlsx"));
    expect(worker.posted!.bytes).not.toBe(bytes);
    expect(worker.terminated).toBe(true);
  });

  it("keeps the reader's Chinese line for a file it refuses", async () => {
    const reading = workerReader(() => new StandInWorker() as unknown as Worker)(new TextEncoder().encode("不是工作簿"), "登记表.xlsx");
    await expect(reading).rejects.toBeInstanceOf(InputError);
    await expect(reading).rejects.toThrow(/登记表.xlsx/);
  });

  it("reads inline where no worker can start, and does not retry on the page when the worker failed while reading", async () => {
    const bytes = await sampleBytes();
    const noWorker = workerReader(() => {
      throw new Error("Script at file:///… cannot be accessed from origin 'null'.");
    });
    expect((await noWorker(bytes, "登记表.xlsx")).sheets.length).toBeGreaterThan(0);
    const crashed = workerReader(() => new StandInWorker(true) as unknown as Worker)(bytes, "登记表.xlsx");
    await expect(crashed).rejects.toThrow(/^无法读取工作簿「登记表.xlsx」：读取时出现意外问题/);
  });

  it("opens the page's host from the worker's grid: the checked copy is still the user's package", async () => {
    const bytes = await sampleBytes();
    const host = await FileHost.fromBytes(bytes, "登记表.xlsx", workerReader(() => new StandInWorker() as unknown as Worker));
    expect(host.view().grid).toEqual(await readInline(bytes, "登记表.xlsx"));
    await host.write({ highlights: [], sheets: [] });
    expect((await readInline(await host.toBuffer(), "登记表.审核.xlsx")).sheets.map((s) => s.name)).toEqual(host.view().grid.sheets.map((s) => s.name));
  });
});
