import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Error as GodotError } from "../../src/impl/core/godotError.js";
import { StreamPeerSocket_Status } from "../../src/impl/stream/StreamPeerSocket.js";
import { StreamPeerTCP } from "../../src/impl/stream/StreamPeerTCP.js";
import { blockingTimeoutMs } from "../../src/impl/stream/transportAccess.js";
import { startServer, type RunningServer } from "./servers/startServer.js";

const { STATUS_NONE, STATUS_CONNECTING, STATUS_CONNECTED, STATUS_ERROR } = StreamPeerSocket_Status;
const running: RunningServer[] = [];
const peers: StreamPeerTCP[] = [];

afterEach(() => {
  for (const peer of peers.splice(0)) peer.disconnect_from_host();
  for (const server of running.splice(0)) server.stop();
});

async function server(mode: string): Promise<RunningServer> {
  const started = await startServer(mode);
  running.push(started);
  return started;
}

function newPeer(): StreamPeerTCP {
  const peer = new StreamPeerTCP();
  peers.push(peer);
  return peer;
}

/** Polls until the status leaves CONNECTING, sleeping 5 ms between polls (bounded: 10 s). */
function pollUntilSettled(peer: StreamPeerTCP): number {
  const shared = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 2000 && peer.get_status() === STATUS_CONNECTING; i++) {
    peer.poll();
    if (peer.get_status() === STATUS_CONNECTING) Atomics.wait(shared, 0, 0, 5);
  }
  return peer.get_status();
}

describe("StreamPeerTCP against a real server", () => {
  it("connects through poll, then round-trips data with an echo server", async () => {
    const echo = await server("echo");
    const peer = newPeer();
    expect(peer.get_status()).toBe(STATUS_NONE);
    expect(peer.connect_to_host("127.0.0.1", echo.port)).toBe(GodotError.OK);
    expect(peer.get_status()).toBe(STATUS_CONNECTING);
    expect(peer.get_connected_host()).toBe("127.0.0.1");
    expect(peer.get_connected_port()).toBe(echo.port);
    expect(pollUntilSettled(peer)).toBe(STATUS_CONNECTED);
    expect(peer.get_local_port()).toBeGreaterThan(0);
    expect(peer.get_local_port()).not.toBe(echo.port);
    peer.set_no_delay(true);

    peer.put_u32(0xcafe);
    peer.put_utf8_string("héllo");
    expect(peer.get_u32()).toBe(0xcafe);
    expect(peer.get_utf8_string()).toBe("héllo");

    expect(peer.put_data(new TextEncoder().encode("abc"))).toBe(GodotError.OK);
    const [error, data] = peer.get_data(3);
    expect(error).toBe(GodotError.OK);
    expect(new TextDecoder().decode(data)).toBe("abc");
    expect(peer.connect_to_host("127.0.0.1", echo.port)).toBe(GodotError.ERR_ALREADY_IN_USE);
  });

  it("get_data blocks until bytes the server sends 200 ms later arrive", async () => {
    const delayed = await server("delayed");
    const peer = newPeer();
    peer.connect_to_host("127.0.0.1", delayed.port);
    expect(pollUntilSettled(peer)).toBe(STATUS_CONNECTED);
    // Nothing has arrived yet: the non-blocking read sees nothing...
    expect(peer.get_partial_data(5)).toEqual([GodotError.OK, new Uint8Array(0)]);
    // ...and the blocking read returns the full 5 bytes without any await in between.
    const [error, data] = peer.get_data(5);
    expect(error).toBe(GodotError.OK);
    expect(new TextDecoder().decode(data)).toBe("late!");
  });

  it("a stalled server makes get_data give up with ERR_TIMEOUT within the bound", async () => {
    const stall = await server("stall");
    const peer = newPeer();
    peer[blockingTimeoutMs] = 300;
    peer.connect_to_host("127.0.0.1", stall.port);
    expect(pollUntilSettled(peer)).toBe(STATUS_CONNECTED);
    const started = performance.now();
    const [error, data] = peer.get_data(1);
    const waited = performance.now() - started;
    expect(error).toBe(GodotError.ERR_TIMEOUT);
    expect(data.length).toBe(0);
    // It really waited (not a non-blocking return), and it did return.
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(peer.get_status()).toBe(STATUS_CONNECTED);
  });

  it("reports the peer closing: ERR_FILE_EOF, then STATUS_NONE", async () => {
    const closer = net.createServer((socket) => socket.end("bye"));
    await new Promise<void>((resolve) => closer.listen(0, "127.0.0.1", resolve));
    const port = (closer.address() as net.AddressInfo).port;
    try {
      const peer = newPeer();
      peer.connect_to_host("127.0.0.1", port);
      // This server runs on the test's own event loop, so wait with awaits here.
      for (let i = 0; i < 200 && peer.get_status() === STATUS_CONNECTING; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        peer.poll();
      }
      for (let i = 0; i < 200 && peer.get_available_bytes() < 3; i++)
        await new Promise((r) => setTimeout(r, 10));
      const [error, data] = peer.get_data(10);
      expect(error).toBe(GodotError.ERR_FILE_EOF);
      expect(new TextDecoder().decode(data)).toBe("bye");
      expect(peer.get_status()).toBe(STATUS_NONE);
    } finally {
      closer.close();
    }
  });

  it("a refused connection ends in STATUS_ERROR through poll", async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const peer = newPeer();
    expect(peer.connect_to_host("127.0.0.1", port)).toBe(GodotError.OK);
    expect(pollUntilSettled(peer)).toBe(STATUS_ERROR);
    expect(peer.get_data(1)[0]).toBe(GodotError.FAILED);
  });

  it("resolves host names synchronously, and reports ERR_CANT_RESOLVE", async () => {
    const echo = await server("echo");
    const peer = newPeer();
    expect(peer.connect_to_host("localhost", echo.port)).toBe(GodotError.OK);
    expect(["127.0.0.1", "::1"]).toContain(peer.get_connected_host());
    const bad = newPeer();
    bad[blockingTimeoutMs] = 5000;
    expect(bad.connect_to_host("no-such-host.invalid", 80)).toBe(GodotError.ERR_CANT_RESOLVE);
    expect(bad.get_status()).toBe(STATUS_NONE);
  });

  it("bind sets the local port used by connect_to_host", async () => {
    const echo = await server("echo");
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const freePort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const peer = newPeer();
    expect(peer.bind(freePort, "127.0.0.1")).toBe(GodotError.OK);
    expect(peer.bind(70000)).toBe(GodotError.ERR_INVALID_PARAMETER);
    peer.connect_to_host("127.0.0.1", echo.port);
    expect(pollUntilSettled(peer)).toBe(STATUS_CONNECTED);
    expect(peer.get_local_port()).toBe(freePort);
  });

  it("rejects invalid arguments as the engine does", () => {
    const peer = newPeer();
    expect(peer.connect_to_host("127.0.0.1", 0)).toBe(GodotError.ERR_INVALID_PARAMETER);
    expect(peer.connect_to_host("", 80)).toBe(GodotError.ERR_INVALID_PARAMETER);
    expect(peer.put_data(Uint8Array.of(1))).toBe(GodotError.FAILED);
  });
});
