/**
 * Local copies of the Godot enum values this area uses, until generated/GlobalScope.ts and
 * generated/HTTPClient.ts exist. Values are Godot 4.6.3's (@GlobalScope.xml, HTTPClient.xml).
 * TEMPORARY: replaced by the generated objects once the generator lands.
 */
export const Error = Object.freeze({
  OK: 0,
  FAILED: 1,
  ERR_UNAVAILABLE: 2,
  ERR_UNCONFIGURED: 3,
  ERR_PARAMETER_RANGE_ERROR: 5,
  ERR_FILE_NOT_FOUND: 7,
  ERR_FILE_CANT_OPEN: 12,
  ERR_FILE_CANT_WRITE: 13,
  ERR_ALREADY_IN_USE: 22,
  ERR_TIMEOUT: 24,
  ERR_CANT_CONNECT: 25,
  ERR_CANT_RESOLVE: 26,
  ERR_CONNECTION_ERROR: 27,
  ERR_INVALID_DATA: 30,
  ERR_INVALID_PARAMETER: 31,
  ERR_BUSY: 44,
} as const);
export type Error = (typeof Error)[keyof typeof Error];

export const Status = Object.freeze({
  STATUS_DISCONNECTED: 0,
  STATUS_RESOLVING: 1,
  STATUS_CANT_RESOLVE: 2,
  STATUS_CONNECTING: 3,
  STATUS_CANT_CONNECT: 4,
  STATUS_CONNECTED: 5,
  STATUS_REQUESTING: 6,
  STATUS_BODY: 7,
  STATUS_CONNECTION_ERROR: 8,
  STATUS_TLS_HANDSHAKE_ERROR: 9,
} as const);
export type Status = (typeof Status)[keyof typeof Status];

export const Method = Object.freeze({
  METHOD_GET: 0,
  METHOD_HEAD: 1,
  METHOD_POST: 2,
  METHOD_PUT: 3,
  METHOD_DELETE: 4,
  METHOD_OPTIONS: 5,
  METHOD_TRACE: 6,
  METHOD_CONNECT: 7,
  METHOD_PATCH: 8,
  METHOD_MAX: 9,
} as const);

export const HTTPClient_constants = Object.freeze({
  Method,
  Status,
  ...Method,
  ...Status,
} as const);
