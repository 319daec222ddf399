/** Errors with the codes and wording Office.js uses, so adapter code meets what it would meet in Excel. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function notSynced(): FakeOfficeError {
  return new FakeOfficeError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
  );
}

/** Excel's refusal of a request while the user is typing in a cell (office-js #3388, #625). */
export function cellEditMode(): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidOperationInCellEditMode",
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  );
}

/** Office's answer to a write it will not make, with no word of why (the workbook open read-only, say). */
export function accessDenied(): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.");
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

export function protectedSheet(sheet: string): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ('${sheet}').`);
}

export function payloadTooLarge(bytes: number): FakeOfficeError {
  return new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} bytes).`);
}

export function invalidArgument(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message);
}
