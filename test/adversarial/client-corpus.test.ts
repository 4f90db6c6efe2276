// The adversarial corpus through the real HTTPClient: each case is served by the raw TCP server on
// 127.0.0.1 and read with poll() / read_response_body_chunk(). Parser errors must surface as
// STATUS_CONNECTION_ERROR; good responses as their status code, headers and body.
import { describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error as GodotError } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import type { HTTPClient as HTTPClientApi } from "../../generated/HTTPClient.js";
import { METHOD_NAMES } from "../../src/impl/http/requestEncoder.js";
import { corpus } from "./corpus.js";
import type { CorpusCase } from "./corpus.js";
import { dripSteps, startScriptedServer } from "./scripted-server.js";
import type { RawStep } from "./scripted-server.js";

const WAIT_MS = 5000;

/** Keep the connection open unless the case is about the peer closing, so "done" is unambiguous. */
function script(testCase: CorpusCase): RawStep[] {
  const wanted = testCase.expect;
  const closes =
    ("error" in wanted && wanted.error.startsWith("TRUNCATED_")) ||
    (!("error" in wanted) && wanted.framing === "eof");
  const steps =
    testCase.delivery === "bytewise" ? dripSteps(testCase.response, 1, 0) : [testCase.response];
  return [...steps, closes ? "end" : "hold"];
}

interface ClientOutcome {
  status: HTTPClientApi.Status;
  code: number;
  headers: string[];
  chunked: boolean;
  body: string;
}

async function runThroughClient(testCase: CorpusCase): Promise<ClientOutcome> {
  const server = await startScriptedServer(script(testCase));
  const client = new HTTPClient();
  try {
    expect(client.connect_to_host("127.0.0.1", server.port)).toBe(GodotError.OK);
    const connected = await client.pollUntil(
      (status) => status !== Status.STATUS_RESOLVING && status !== Status.STATUS_CONNECTING,
      WAIT_MS,
    );
    expect(connected).toBe(Status.STATUS_CONNECTED);
    const method = (METHOD_NAMES as readonly string[]).indexOf(testCase.method ?? "GET");
    expect(method).toBeGreaterThanOrEqual(0);
    expect(client.request(method, "/", [])).toBe(GodotError.OK);
    await client.pollUntil((status) => status !== Status.STATUS_REQUESTING, WAIT_MS);
    const code = client.get_response_code();
    const headers = client.has_response() ? client.get_response_headers() : [];
    const chunked = client.is_response_chunked();
    const parts: Uint8Array[] = [];
    const deadline = performance.now() + WAIT_MS;
    while (client.get_status() === Status.STATUS_BODY && performance.now() < deadline) {
      const chunk = client.read_response_body_chunk();
      if (chunk.byteLength > 0) parts.push(chunk);
      else await client.pollUntil((status) => status !== Status.STATUS_BODY, 20);
    }
    const body = Buffer.concat(parts).toString("latin1");
    return { status: client.get_status(), code, headers, chunked, body };
  } finally {
    client.close();
    await server.close();
  }
}

describe("adversarial corpus through HTTPClient", () => {
  it.each(corpus.map((testCase) => [testCase.id, testCase] as const))(
    "%s",
    async (id, testCase) => {
      const outcome = await runThroughClient(testCase);
      const wanted = testCase.expect;
      if ("error" in wanted) {
        expect(outcome.status, id).toBe(Status.STATUS_CONNECTION_ERROR);
        return;
      }
      expect([Status.STATUS_CONNECTED, Status.STATUS_DISCONNECTED], id).toContain(outcome.status);
      expect(outcome.code, id).toBe(wanted.status);
      expect(outcome.body, id).toBe(wanted.body);
      expect(outcome.chunked, id).toBe(wanted.framing === "chunked");
      if (wanted.headers !== undefined) expect(outcome.headers, id).toEqual(wanted.headers);
    },
  );
});
