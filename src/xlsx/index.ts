// The file adapter's one way in: what the command line uses.
export { refreshFile } from "./refreshFile";
export type { RefreshFileOptions, RefreshFileResult } from "./refreshFile";
export { reportAndDetailsOnFile, reportOnFile } from "./reportOnFile";
export { RefreshRefusedError, UnreadableWorkbookError } from "./errors";
