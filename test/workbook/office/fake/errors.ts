/** Errors shaped like OfficeExtension.Error ("RichApi.Error" with a code and debugInfo), as Excel raises them. */

export class FakeOfficeError extends Error implements Pick<OfficeExtension.Error, "code" | "debugInfo"> {
  readonly debugInfo: OfficeExtension.DebugInfo;

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export function fakeError(code: string, message: string, errorLocation?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return fakeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(where: string): FakeOfficeError {
  return fakeError("ItemNotFound", "The requested resource doesn't exist.", where);
}

export function accessDenied(where: string): FakeOfficeError {
  return fakeError("AccessDenied", "You cannot perform the requested operation.", where);
}
