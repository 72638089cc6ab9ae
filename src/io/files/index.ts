/** Buffer-level guards for a user's file, usable in Node and in the browser (no fs, no zlib here). */
export { DEFAULT_LIMITS, resolveLimits, type Limits } from './limits';
export { FileError, fileErrorKey, isFileError, type FileErrorCode, type FileFailure } from './errors';
export { inspectFile, type FileFormat, type Inspection } from './inspect';
export type { ZipDirectory, ZipEntry } from './zip-directory';
export type { InflateRaw, InflateResult } from './inflate';
export { inflateRawWeb } from './inflate-web';
export type { DroppedPart, Purpose } from './part-kinds';
