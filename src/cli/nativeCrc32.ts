import * as zlib from "zlib";

/**
 * buffer-crc32's API for yazl, answered by Node's own zlib.crc32 (Node
 * 20.15 and later): the package computes the checksum of every part it
 * zips a byte at a time in JavaScript, about 5 ms of a 1,000-action
 * refresh. The bundled `brag` uses this in its place (scripts/bundle-cli.ts);
 * an older Node keeps the package.
 */
type Crc = (data: Buffer | string, previous?: number) => number;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fallback = (): Crc => (require("buffer-crc32/index.js") as { unsigned: Crc }).unsigned;

export const unsigned: Crc = typeof zlib.crc32 === "function" ? (data, previous = 0) => zlib.crc32(data, previous) : fallback();
