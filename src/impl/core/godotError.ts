/**
 * Godot's @GlobalScope Error values this area returns (Godot 4.6.3, @GlobalScope.xml).
 * TEMPORARY local copy until generated/GlobalScope.ts lands; then this re-exports it.
 */
export const Error = Object.freeze({
  OK: 0,
  FAILED: 1,
  ERR_UNAVAILABLE: 2,
  ERR_UNCONFIGURED: 3,
  ERR_FILE_EOF: 18,
  ERR_ALREADY_IN_USE: 22,
  ERR_TIMEOUT: 24,
  ERR_CANT_CONNECT: 25,
  ERR_CANT_RESOLVE: 26,
  ERR_CONNECTION_ERROR: 27,
  ERR_INVALID_DATA: 30,
  ERR_INVALID_PARAMETER: 31,
  ERR_ALREADY_EXISTS: 32,
  ERR_DOES_NOT_EXIST: 33,
  ERR_METHOD_NOT_FOUND: 37,
  ERR_BUSY: 44,
} as const);
export type Error = (typeof Error)[keyof typeof Error];
