export const DEV_ORIGIN: string;
export const DEV_ID: string;
export const DEV_NAME: string;
export const NAME: string;
export function manifestFor(xml: string, build: { origin: string; version: string }): string;
export function manifestVersion(version: string): string;
export function idForOrigin(origin: string): string;
