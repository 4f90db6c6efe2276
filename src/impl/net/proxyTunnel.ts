import type { Socket } from "node:net";
import { Duplex } from "node:stream";

/** Cap on the proxy's reply head, so a hostile proxy cannot grow it without bound. */
export const MAX_PROXY_HEAD_BYTES = 64 * 1024;
export const HEAD_END = Buffer.from("\r\n\r\n");

export type TunnelResult = { ok: true; leftover: Buffer } | { ok: false; reason: string };

/** The CONNECT request for `authority` ("host:port", IPv6 bracketed), as RFC 9110 §9.3.6 shapes it. */
export function connectRequest(authority: string): Buffer {
  return Buffer.from(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`, "latin1");
}

/** The status line of a proxy reply head, and its code (0 when the line is not HTTP/1.x). */
export function proxyReplyStatus(head: Buffer): { status: number; statusLine: string } {
  const statusLine = head.subarray(0, head.indexOf("\r\n")).toString("latin1");
  const match = /^HTTP\/1\.[01] (\d{3})(?: |$)/.exec(statusLine);
  return { status: match ? Number(match[1]) : 0, statusLine };
}

/**
 * Reads the proxy's reply to CONNECT from a flowing socket. Only a final `200` opens the tunnel
 * (GUIDE §5: anything else is STATUS_CANT_CONNECT); 1xx interim replies are skipped. Bytes after
 * the reply's blank line already belong to the tunnel and come back as `leftover`.
 */
export function readTunnelReply(socket: Socket, done: (result: TunnelResult) => void): void {
  let buffered: Buffer = Buffer.alloc(0);
  const finish = (result: TunnelResult): void => {
    socket.off("data", onData);
    socket.off("end", onEnd);
    socket.pause();
    done(result);
  };
  const onEnd = (): void => finish({ ok: false, reason: "proxy closed before replying" });
  const onData = (chunk: Buffer): void => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    for (;;) {
      const end = buffered.indexOf(HEAD_END);
      if (end < 0) {
        if (buffered.length > MAX_PROXY_HEAD_BYTES)
          finish({ ok: false, reason: "proxy reply head too large" });
        return;
      }
      const { status, statusLine } = proxyReplyStatus(buffered);
      const rest = buffered.subarray(end + HEAD_END.length);
      if (status >= 100 && status < 200) {
        buffered = rest;
        continue;
      }
      if (status === 200) finish({ ok: true, leftover: rest });
      else finish({ ok: false, reason: `proxy replied ${statusLine}` });
      return;
    }
  };
  socket.on("data", onData);
  socket.on("end", onEnd);
}

/**
 * A duplex over `socket` that first yields `leftover`: the tunnel bytes that arrived with the
 * proxy's 200. node:tls reads straight from a net.Socket's handle and would miss bytes already
 * taken off it, so a TLS session over such a tunnel runs over this stream instead.
 */
export function tunnelStream(socket: Socket, leftover: Buffer): Duplex {
  const stream = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _encoding, callback) {
      socket.write(chunk, callback);
    },
    final(callback) {
      socket.end();
      callback();
    },
    destroy(error, callback) {
      socket.destroy(error ?? undefined);
      callback(error);
    },
  });
  stream.push(leftover);
  socket.on("data", (chunk: Buffer) => {
    if (!stream.push(chunk)) socket.pause();
  });
  socket.on("end", () => stream.push(null));
  socket.on("error", (error) => stream.destroy(error));
  socket.on("close", () => stream.destroy());
  return stream;
}
