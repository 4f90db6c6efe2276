// A small TCP/TLS server run in a child process: the test's thread blocks in Atomics.wait, so the
// server must not share its event loop. Usage: node server.mjs <mode> [certPath keyPath]
// Modes: echo | delayed (sends "late!" 200 ms after accepting) | stall (never sends) | tls-echo
// | tls-client (accepts TCP, then acts as the TLS *client* over it, for accept_stream)
// | tls-client-prefixed (same, but first sends "PRE" in the same write burst as the ClientHello).
import fs from "node:fs";
import process from "node:process";
import { setTimeout } from "node:timers";
import net from "node:net";
import tls from "node:tls";

const [mode, certPath, keyPath] = process.argv.slice(2);
const held = [];

function onConnection(socket) {
  held.push(socket);
  socket.on("error", () => {});
  if (mode === "echo" || mode === "tls-echo") socket.on("data", (chunk) => socket.write(chunk));
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
