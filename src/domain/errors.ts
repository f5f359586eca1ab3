/** The input cannot be processed at all (not a workbook, no register sheet). The message is for users. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
