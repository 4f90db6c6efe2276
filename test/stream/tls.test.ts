import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Error as GodotError } from "../../src/impl/core/godotError.js";
import { StreamPeerSocket_Status } from "../../src/impl/stream/StreamPeerSocket.js";
import { StreamPeerTCP } from "../../src/impl/stream/StreamPeerTCP.js";
import { StreamPeerTLS, StreamPeerTLS_Status } from "../../src/impl/stream/StreamPeerTLS.js";
import { blockingSocket } from "../../src/impl/stream/transportAccess.js";
import { CryptoKey } from "../../src/impl/tls/CryptoKey.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { makeTestPki, type CertPair, type TestPki } from "../helpers/certs.js";
import { startServer, type RunningServer } from "./servers/startServer.js";

let pki: TestPki;
let certificate: CertPair;
let trusted: X509Certificate;
const running: RunningServer[] = [];
const closers: (() => void)[] = [];

beforeAll(() => {
  pki = makeTestPki();
  certificate = pki.selfSigned;
  trusted = new X509Certificate();
  expect(trusted.load_from_string(certificate.cert)).toBe(GodotError.OK);
});
afterAll(() => pki.cleanup());
afterEach(() => {
  for (const close of closers.splice(0)) close();
  for (const server of running.splice(0)) server.stop();
});

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Calls `poll` until `busy()` turns false, 5 ms apart, for at most 10 s. */
function pollWhile(busy: () => boolean, poll: () => void): void {
  for (let i = 0; i < 2000 && busy(); i++) {
    poll();
    if (busy()) Atomics.wait(pause, 0, 0, 5);
  }
}

async function connectedTcp(mode: string): Promise<StreamPeerTCP> {
  const server = await startServer(mode, certificate.certPath, certificate.keyPath);
  running.push(server);
  const tcp = new StreamPeerTCP();
  closers.push(() => tcp.disconnect_from_host());
  expect(tcp.connect_to_host("127.0.0.1", server.port)).toBe(GodotError.OK);
  pollWhile(
    () => tcp.get_status() === StreamPeerSocket_Status.STATUS_CONNECTING,
    () => tcp.poll(),
  );
  expect(tcp.get_status()).toBe(StreamPeerSocket_Status.STATUS_CONNECTED);
  return tcp;
}

function handshake(tls: StreamPeerTLS): number {
  pollWhile(
    () => tls.get_status() === StreamPeerTLS_Status.STATUS_HANDSHAKING,
    () => tls.poll(),
  );
  return tls.get_status();
}

describe("StreamPeerTLS over StreamPeerTCP", () => {
  it("handshakes through poll with the test's certificate and round-trips data", async () => {
    const tcp = await connectedTcp("tls-echo");
    const tls = new StreamPeerTLS();
    expect(tls.connect_to_stream(tcp, "localhost", TLSOptions.client(trusted))).toBe(GodotError.OK);
    expect(tls.get_status()).toBe(StreamPeerTLS_Status.STATUS_HANDSHAKING);
    expect(tls.get_stream()).toBe(tcp);
    expect(handshake(tls)).toBe(StreamPeerTLS_Status.STATUS_CONNECTED);
    expect(tls[blockingSocket]()?.tlsProtocol).toMatch(/^TLSv1\.[23]$/);

    tls.put_utf8_string("over TLS");
    expect(tls.get_utf8_string()).toBe("over TLS");
    tls.put_double(Math.PI);
    expect(tls.get_double()).toBe(Math.PI);

    tls.disconnect_from_stream();
    expect(tls.get_status()).toBe(StreamPeerTLS_Status.STATUS_DISCONNECTED);
    expect(tls.put_data(Uint8Array.of(1))).toBe(GodotError.ERR_UNCONFIGURED);
  });

  it("fails the handshake against an untrusted certificate (STATUS_ERROR)", async () => {
    const tcp = await connectedTcp("tls-echo");
    const tls = new StreamPeerTLS();
    expect(tls.connect_to_stream(tcp, "localhost")).toBe(GodotError.OK);
    expect(handshake(tls)).toBe(StreamPeerTLS_Status.STATUS_ERROR);
  });

  it("reports STATUS_ERROR_HOSTNAME_MISMATCH for a trusted certificate of another name", async () => {
    const tcp = await connectedTcp("tls-echo");
    const tls = new StreamPeerTLS();
    expect(tls.connect_to_stream(tcp, "example.com", TLSOptions.client(trusted))).toBe(
      GodotError.OK,
    );
    expect(handshake(tls)).toBe(StreamPeerTLS_Status.STATUS_ERROR_HOSTNAME_MISMATCH);
  });

  it("client_unsafe accepts the untrusted certificate", async () => {
    const tcp = await connectedTcp("tls-echo");
    const tls = new StreamPeerTLS();
    expect(tls.connect_to_stream(tcp, "wrong.name", TLSOptions.client_unsafe())).toBe(
      GodotError.OK,
    );
    expect(handshake(tls)).toBe(StreamPeerTLS_Status.STATUS_CONNECTED);
    tls.put_u16(513);
    expect(tls.get_u16()).toBe(513);
  });

  it("accept_stream runs the server side of the handshake", async () => {
    const tcp = await connectedTcp("tls-client");
    const key = new CryptoKey();
    expect(key.load_from_string(certificate.key)).toBe(GodotError.OK);
    const tls = new StreamPeerTLS();
    expect(tls.accept_stream(tcp, TLSOptions.client())).toBe(GodotError.ERR_INVALID_PARAMETER);
    expect(tls.accept_stream(tcp, TLSOptions.server(key, trusted))).toBe(GodotError.OK);
    expect(handshake(tls)).toBe(StreamPeerTLS_Status.STATUS_CONNECTED);
    const greeting = "hello from the TLS client";
    const [error, data] = tls.get_data(greeting.length);
    expect(error).toBe(GodotError.OK);
    expect(new TextDecoder().decode(data)).toBe(greeting);
  });

  it("refuses a stream that is not a connected socket peer", () => {
    const tls = new StreamPeerTLS();
    expect(tls.connect_to_stream(new StreamPeerTCP(), "localhost")).toBe(
      GodotError.ERR_INVALID_PARAMETER,
    );
    expect(tls.connect_to_stream(null, "localhost")).toBe(GodotError.ERR_INVALID_PARAMETER);
  });
});
