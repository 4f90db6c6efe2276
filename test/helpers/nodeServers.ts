// Node http/https servers on loopback for tests, with a handler per test and clean shutdown.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
  type Server,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  readonly port: number;
  readonly host: string;
  /** Number of TCP (or TLS) connections accepted so far. */
  connectionCount(): number;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Listen address; 127.0.0.1 unless given (e.g. "::1"). */
  host?: string;
  /** Serve HTTPS with this PEM certificate and key. */
  tls?: { cert: string; key: string };
}

export async function startServer(
  handler: Handler,
  options: ServerOptions = {},
): Promise<TestServer> {
  const host = options.host ?? "127.0.0.1";
  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler)
    : createHttpServer(handler);
  let connections = 0;
  server.on(options.tls ? "secureConnection" : "connection", () => (connections += 1));
  // A failed handshake from a client under test is expected, not a server crash.
  server.on("tlsClientError", () => {});
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    host,
    connectionCount: () => connections,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Writes a `total`-byte body as the pieces `pieceAt(offset)` returns, waiting for 'drain' whenever
 * the socket's buffer is full (so a client that stops reading stalls the server), then ends the
 * response. `onProgress` sees the count of bytes handed to write() so far.
 */
export function writeBody(
  response: ServerResponse,
  total: number,
  pieceAt: (offset: number) => Uint8Array,
  onProgress?: (written: number) => void,
): void {
  let written = 0;
  const pump = (): void => {
    while (written < total) {
      const piece = pieceAt(written);
      written += piece.length;
      onProgress?.(written);
      if (!response.write(piece)) {
        response.once("drain", pump);
        return;
      }
    }
    response.end();
  };
  pump();
}
