/**
 * What kind of input problem an InputError is, with what a message needs, so a pane in another language than
 * Chinese can word it (the Chinese message stays the CLI's and the Chinese pane's). Problems without a kind are
 * worded generically there.
 */
export type InputProblem =
  | { readonly kind: "unreadableWorkbook"; readonly file: string }
  | { readonly kind: "encryptedWorkbook"; readonly file: string }
  | { readonly kind: "emptyFile"; readonly file: string }
  | { readonly kind: "notWorkbook"; readonly file: string }
  | { readonly kind: "workbookTooLarge"; readonly file: string }
  | { readonly kind: "explanationForErrors" }
  | { readonly kind: "explanationRequired" }
  | { readonly kind: "noPack"; readonly pack: string }
  | { readonly kind: "noSheets" }
  | { readonly kind: "emptyWorkbook" }
  | { readonly kind: "noRegister"; readonly sheets: readonly string[] }
  | { readonly kind: "archiveNothing" }
  | { readonly kind: "archiveNoYear"; readonly files: readonly string[] }
  | { readonly kind: "archiveSameYear"; readonly files: readonly [string, string]; readonly year: string }
  | { readonly kind: "unusableFor"; readonly use: "archive" | "previousYear"; readonly file: string; readonly inner?: InputProblem };

/** The input cannot be processed at all (not a workbook, no register sheet). The message is for users. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly problem?: InputProblem,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** What a worker posts for a failure (errors do not cross postMessage as themselves). */
export interface WorkerFailure {
  readonly name: string;
  readonly message: string;
  readonly problem?: InputProblem;
}

export function workerFailure(error: Error): WorkerFailure {
  return { name: error.name, message: error.message, ...(error instanceof InputError && error.problem ? { problem: error.problem } : {}) };
}

/**
 * An error a worker reported, rebuilt on the page's side: an InputError stays one, with its problem, so its
 * words are shown to the user as they are.
 */
export function errorFromWorker(reply: WorkerFailure): Error {
  if (reply.name === "InputError") return new InputError(reply.message, reply.problem);
  const error = new Error(reply.message);
  error.name = reply.name;
  return error;
}
