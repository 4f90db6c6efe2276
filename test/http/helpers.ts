// Shared test steps for driving an HTTPClient against a server with bounded waits.
import { expect } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";

/** Connects and waits (≤5 s) for STATUS_CONNECTED. */
export async function connected(
  host: string,
  port: number,
  tls: Parameters<HTTPClient["connect_to_host"]>[2] = null,
) {
  const client = new HTTPClient();
  expect(client.connect_to_host(host, port, tls)).toBe(0);
  expect(
    await client.pollUntil(
      (s) => s !== Status.STATUS_RESOLVING && s !== Status.STATUS_CONNECTING,
      5000,
    ),
  ).toBe(Status.STATUS_CONNECTED);
  return client;
}

/** Waits (≤5 s) for the response head, then reads the whole body through read_response_body_chunk. */
export async function readResponse(
  client: HTTPClient,
  timeoutMs = 5000,
): Promise<{ code: number; headers: string[]; body: Buffer; chunks: number[] }> {
  await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, timeoutMs);
  const code = client.get_response_code();
  const headers = client.has_response() ? client.get_response_headers() : [];
  const parts: Uint8Array[] = [];
  const chunks: number[] = [];
  const deadline = performance.now() + timeoutMs;
  while (client.get_status() === Status.STATUS_BODY && performance.now() < deadline) {
    const chunk = client.read_response_body_chunk();
    if (chunk.length > 0) {
      parts.push(chunk);
      chunks.push(chunk.length);
    } else await client.pollUntil((s) => s !== Status.STATUS_BODY, 20);
  }
  return { code, headers, body: Buffer.concat(parts), chunks };
}
