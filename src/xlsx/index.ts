// The file adapter's one way in: what the command line uses.
export { refreshFile, refreshedFile } from "./refreshFile";
export { writeFilesTogether } from "./writeFiles";
export type { OutputFile } from "./writeFiles";
export type { RefreshFileOptions, RefreshFileResult } from "./refreshFile";
export { reportAndDetailsOnFile, reportOnFile } from "./reportOnFile";
export { earlierCopyFile } from "./earlierCopyFile";
export { OutputNotWrittenError, RefreshRefusedError, UnreadableWorkbookError } from "./errors";
