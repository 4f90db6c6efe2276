// HTTPClient over TLS against Node https servers with certificates made by the test: the
// verification matrix (trusted, self-signed, expired, wrong host, untrusted CA) for client(),
// client_unsafe() and common_name_override.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { makeTestPki, type CertPair, type TestPki } from "../helpers/certs.js";
import { startServer, type TestServer } from "../helpers/nodeServers.js";
import { readResponse } from "../http/helpers.js";

let pki: TestPki;
let caChain: X509Certificate;
const servers = new Map<string, TestServer>();

async function serverFor(name: keyof TestPki, host = "127.0.0.1"): Promise<TestServer> {
  const key = `${name}@${host}`;
  const existing = servers.get(key);
  if (existing) return existing;
  const pair = pki[name] as CertPair;
  const server = await startServer((_request, response) => response.end("secure"), {
    tls: pair,
    host,
  });
  servers.set(key, server);
  return server;
}

beforeAll(() => {
  pki = makeTestPki();
  caChain = new X509Certificate();
  expect(caChain.load(pki.ca.certPath)).toBe(Error.OK);
});
afterAll(async () => {
  for (const server of servers.values()) await server.close();
  pki.cleanup();
});

/** Connects and returns the status once connecting settles (bounded). */
async function connectStatus(
  host: string,
  port: number,
  tls: TLSOptions | null,
): Promise<{ client: HTTPClient; status: number }> {
  const client = new HTTPClient();
  expect(client.connect_to_host(host, port, tls)).toBe(Error.OK);
  const status = await client.pollUntil(
    (s) => s !== Status.STATUS_RESOLVING && s !== Status.STATUS_CONNECTING,
    5000,
  );
  return { client, status };
}

describe("TLS verification matrix", () => {
  const cases: [string, keyof TestPki, string, () => TLSOptions, number][] = [
    [
      "trusted leaf, by IP",
      "leaf",
      "127.0.0.1",
      () => TLSOptions.client(caChain),
      Status.STATUS_CONNECTED,
    ],
    [
      "trusted leaf, by name",
      "leaf",
      "localhost",
      () => TLSOptions.client(caChain),
      Status.STATUS_CONNECTED,
    ],
    [
      "default CA list refuses the test CA",
      "leaf",
      "127.0.0.1",
      () => TLSOptions.client(),
      Status.STATUS_TLS_HANDSHAKE_ERROR,
    ],
    [
      "self-signed",
      "selfSigned",
      "127.0.0.1",
      () => TLSOptions.client(caChain),
      Status.STATUS_TLS_HANDSHAKE_ERROR,
    ],
    [
      "expired",
      "expired",
      "127.0.0.1",
      () => TLSOptions.client(caChain),
      Status.STATUS_TLS_HANDSHAKE_ERROR,
    ],
    [
      "wrong host",
      "wrongHost",
      "127.0.0.1",
      () => TLSOptions.client(caChain),
      Status.STATUS_TLS_HANDSHAKE_ERROR,
    ],
    [
      "untrusted CA",
      "untrusted",
      "localhost",
      () => TLSOptions.client(caChain),
      Status.STATUS_TLS_HANDSHAKE_ERROR,
    ],
    [
      "wrong host with matching common_name_override",
      "wrongHost",
      "127.0.0.1",
      () => TLSOptions.client(caChain, "wrong.example"),
      Status.STATUS_CONNECTED,
    ],
    [
      "good host with a mismatching override",
      "leaf",
      "127.0.0.1",
      () => TLSOptions.client(caChain, "other.example"),
      Status.STATUS_TLS_HANDSHAKE_ERROR,
    ],
    [
      "client_unsafe accepts self-signed",
      "selfSigned",
      "127.0.0.1",
      () => TLSOptions.client_unsafe(),
      Status.STATUS_CONNECTED,
    ],
    [
      "client_unsafe accepts expired",
      "expired",
      "127.0.0.1",
      () => TLSOptions.client_unsafe(),
      Status.STATUS_CONNECTED,
    ],
    [
      "client_unsafe accepts wrong host",
      "wrongHost",
      "localhost",
      () => TLSOptions.client_unsafe(caChain),
      Status.STATUS_CONNECTED,
    ],
  ];
  it.each(cases)("%s", async (_name, certName, host, options, expected) => {
    const server = await serverFor(certName);
    const { client, status } = await connectStatus(host, server.port, options());
    expect(status).toBe(expected);
    if (expected === Status.STATUS_CONNECTED) {
      expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
      const response = await readResponse(client);
      expect(response.body.toString()).toBe("secure");
    } else {
      expect(client.poll()).toBe(Error.ERR_CONNECTION_ERROR);
    }
    client.close();
  });

  it("enables TLS for an https:// host prefix and drops it for http://", async () => {
    const server = await serverFor("leaf");
    // https:// with no options means TLSOptions.client() and the default CA list: refused.
    expect((await connectStatus(`https://127.0.0.1`, server.port, null)).status).toBe(
      Status.STATUS_TLS_HANDSHAKE_ERROR,
    );
    // https:// with explicit options keeps them.
    const ok = await connectStatus(`HTTPS://localhost`, server.port, TLSOptions.client(caChain));
    expect(ok.status).toBe(Status.STATUS_CONNECTED);
    ok.client.close();
    // http:// drops the TLS options: plain bytes to a TLS server do not make a response.
    const plain = await connectStatus(`http://127.0.0.1`, server.port, TLSOptions.client(caChain));
    expect(plain.status).toBe(Status.STATUS_CONNECTED);
    expect(plain.client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
    await readResponse(plain.client, 2000);
    expect(plain.client.get_response_code()).not.toBe(200);
    plain.client.close();
  });

  it("verifies an IPv6 literal against the IP SAN", async () => {
    const server = await serverFor("leaf", "::1");
    const { client, status } = await connectStatus("::1", server.port, TLSOptions.client(caChain));
    expect(status).toBe(Status.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
    expect((await readResponse(client)).body.toString()).toBe("secure");
    client.close();
  });
});
