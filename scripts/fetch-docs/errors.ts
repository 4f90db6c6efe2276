/**
 * Why a fetch failed. Every kind exits with code 1; the kind leads the message so a user can
 * tell a TLS problem from an HTTP status or a broken archive without reading a stack trace.
 */
export type FetchFailureKind = "network" | "tls" | "http" | "archive" | "cache";

export class FetchDocsError extends Error {
  readonly kind: FetchFailureKind;

  constructor(kind: FetchFailureKind, message: string) {
    super(message);
    this.name = "FetchDocsError";
    this.kind = kind;
  }
}

const LABELS: Record<FetchFailureKind, string> = {
  network: "network error",
  tls: "TLS error",
  http: "HTTP error",
  archive: "archive error",
  cache: "cache error",
};

/** `TLS error: ...`, `HTTP error: ...`: the line printed after `godot-typed fetch-docs: `. */
export function describeFailure(error: FetchDocsError): string {
  return `${LABELS[error.kind]}: ${error.message}`;
}
