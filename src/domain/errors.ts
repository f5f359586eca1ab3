/** The input cannot be processed at all (not a workbook, no register sheet). The message is for users. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * An error a worker reported as `{ name, message }` (errors do not cross postMessage as themselves), rebuilt on the
 * page's side: an InputError stays one, so its words are shown to the user as they are.
 */
export function errorFromWorker(reply: { readonly name: string; readonly message: string }): Error {
  if (reply.name === "InputError") return new InputError(reply.message);
  const error = new Error(reply.message);
  error.name = reply.name;
  return error;
}
