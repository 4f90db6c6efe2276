export interface Origin {
  readonly host: string;
  readonly port: number;
}

/** A client with one open keep-alive connection that makes one small GET per call. */
export interface SmallRequester {
  /** One GET /small; rejects unless the status is 200 and the body is the expected bytes. */
  request(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Reads one large body on a fresh connection and resolves with the body bytes received, which
 * the caller compares with what the server sent (a client that drops bytes cannot "win").
 */
export type LargeReader = (origin: Origin, path: string) => Promise<number>;
