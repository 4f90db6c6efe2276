// A small TCP/TLS server run in a child process: the test's thread blocks in Atomics.wait, so the
// server must not share its event loop. Usage: node server.mjs <mode> [certPath keyPath]
// Modes: echo | delayed (sends "late!" 200 ms after accepting) | stall (never sends) | tls-echo
// | tls-client (accepts TCP, then acts as the TLS *client* over it, for accept_stream)
// | tls-client-prefixed (same, but first sends "PRE" in the same write burst as the ClientHello)
// | firehose <bytes> (sends <bytes> bytes, byte i being i % 251, as fast as the reader takes them,
// then closes) | http-firehose <bytes> (answers the first HTTP request with a Content-Length
// body of that pattern and keeps the connection open).
import fs from "node:fs";
import { Buffer } from "node:buffer";
import process from "node:process";
import { setTimeout } from "node:timers";
import net from "node:net";
import tls from "node:tls";

const [mode, certPath, keyPath] = process.argv.slice(2);
const FIREHOSE_PERIOD = 251;
/** A whole number of pattern periods, so consecutive writes continue the pattern. */
const firehoseBlock = Buffer.from(
  Array.from({ length: FIREHOSE_PERIOD * 1024 }, (_, i) => i % FIREHOSE_PERIOD),
);

function firehose(socket, total, close = true) {
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      const piece = firehoseBlock.subarray(0, Math.min(firehoseBlock.length, total - sent));
      sent += piece.length;
      if (!socket.write(piece)) return void socket.once("drain", pump);
    }
    if (close) socket.end();
  };
  pump();
}
const held = [];

function onConnection(socket) {
  held.push(socket);
  socket.on("error", () => {});
  if (mode === "echo" || mode === "tls-echo") socket.on("data", (chunk) => socket.write(chunk));
  if (mode === "firehose") firehose(socket, Number(certPath));
  if (mode === "http-firehose") {
    let head = "";
    const onData = (chunk) => {
      head += chunk.toString("latin1");
      if (!head.includes("\r\n\r\n")) return;
      socket.off("data", onData);
      const total = Number(certPath);
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${total}\r\n\r\n`);
      firehose(socket, total, false);
    };
    socket.on("data", onData);
  }
  if (mode === "delayed") setTimeout(() => socket.write("late!"), 200);
  if (mode === "tls-client-prefixed") socket.write("PRE");
  if (mode === "tls-client" || mode === "tls-client-prefixed") {
    const secure = tls.connect({ socket, ca: fs.readFileSync(certPath), servername: "localhost" });
    secure.on("error", () => {});
    secure.on("secureConnect", () => secure.write("hello from the TLS client"));
    secure.on("data", (chunk) => process.send?.({ received: chunk.toString() }));
  }
}

const server =
  mode === "tls-echo"
    ? tls.createServer(
        { cert: fs.readFileSync(certPath), key: fs.readFileSync(keyPath) },
        onConnection,
      )
    : net.createServer(onConnection);
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
// The parent kills this process; this is a backstop so an orphan never lingers.
setTimeout(() => process.exit(0), 60_000).unref();
