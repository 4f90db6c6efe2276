// A raw TCP server on loopback that records every byte each connection sends and lets the test
// answer with exact bytes: for malformed or unusual responses and for checking what goes on the wire.
import { createServer, type Server, type Socket } from "node:net";

export interface RawConnection {
  readonly socket: Socket;
  /** Everything received so far on this connection. */
  received(): Buffer;
  /** Resolves once `predicate(received)` holds (checked on each arrival); rejects after timeoutMs. */
  waitFor(predicate: (received: Buffer) => boolean, timeoutMs?: number): Promise<Buffer>;
}

export interface RawServer {
  readonly port: number;
  readonly host: string;
  readonly connections: RawConnection[];
  /** Resolves with the n-th connection (0-based) once it arrives. */
  connection(index: number, timeoutMs?: number): Promise<RawConnection>;
  close(): Promise<void>;
}

/** Ends at the blank line after a request head. */
export const headComplete = (received: Buffer): boolean => received.includes("\r\n\r\n");

export async function startRawServer(
  onConnection: (connection: RawConnection) => void = () => {},
  host = "127.0.0.1",
): Promise<RawServer> {
  const connections: RawConnection[] = [];
  const arrivalWaiters: (() => void)[] = [];
  const server: Server = createServer((socket) => {
    let received = Buffer.alloc(0);
    const dataWaiters: (() => void)[] = [];
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      for (const wake of dataWaiters.splice(0)) wake();
    });
    socket.on("error", () => {});
    const connection: RawConnection = {
      socket,
      received: () => received,
      waitFor(predicate, timeoutMs = 5000) {
        return new Promise((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`raw server: condition not met in ${timeoutMs} ms`)),
            timeoutMs,
          );
          const check = (): void => {
            if (predicate(received)) {
              clearTimeout(timer);
              resolve(received);
            } else dataWaiters.push(check);
          };
          check();
        });
      },
    };
    connections.push(connection);
    for (const wake of arrivalWaiters.splice(0)) wake();
    onConnection(connection);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    host,
    connections,
    connection(index, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`raw server: no connection #${index}`)),
          timeoutMs,
        );
        const check = (): void => {
          const found = connections[index];
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else arrivalWaiters.push(check);
        };
        check();
      });
    },
    close() {
      for (const { socket } of connections) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
