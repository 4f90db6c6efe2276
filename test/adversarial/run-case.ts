// Runs one corpus case against the parser and checks the outcome; shared by the direct run and
// the run over a real socket so both judge cases the same way.
import net from "node:net";
import { expect } from "vitest";
import type { Outcome } from "../parser/helpers.js";
import { bytes, runParser, splitEvery } from "../parser/helpers.js";
import type { CorpusCase } from "./corpus.js";
import { dripSteps, startScriptedServer } from "./scripted-server.js";

/** Feeds the case's bytes straight into a parser, whole or one byte per push. */
export function parseCaseDirectly(testCase: CorpusCase): Outcome {
  const data = bytes(testCase.response);
  const pieces = testCase.delivery === "bytewise" ? splitEvery(data, 1) : [data];
  return runParser(pieces, { method: testCase.method ?? "GET" });
}

/**
 * Serves the case from a raw TCP server on 127.0.0.1, reads it with a plain net.Socket, and
 * replays the received pieces (with their real boundaries) into a parser.
 */
export async function parseCaseOverSocket(testCase: CorpusCase): Promise<Outcome> {
  const server = await startScriptedServer(
    testCase.delivery === "bytewise" ? dripSteps(testCase.response, 1, 0) : testCase.response,
  );
  try {
    const pieces = await new Promise<Uint8Array[]>((resolve, reject) => {
      const received: Uint8Array[] = [];
      const socket = net.connect(server.port, server.host, () => {
        socket.write(`${testCase.method ?? "GET"} / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error("raw server case timed out"));
      }, 10_000);
      socket.on("data", (data: Buffer) => received.push(new Uint8Array(data)));
      socket.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.on("end", () => {
        clearTimeout(timer);
        socket.destroy();
        resolve(received);
      });
    });
    return runParser(pieces, { method: testCase.method ?? "GET" });
  } finally {
    await server.close();
  }
}

export function checkOutcome(testCase: CorpusCase, outcome: Outcome): void {
  const wanted = testCase.expect;
  const label = testCase.id;
  if ("error" in wanted) {
    expect(outcome.errorCode, label).toBe(wanted.error);
    expect(outcome.bodyComplete, label).toBe(false);
    return;
  }
  expect(outcome.errorCode, label).toBeNull();
  expect(outcome.bodyComplete, label).toBe(true);
  expect(outcome.head?.status, label).toBe(wanted.status);
  expect(outcome.head?.framing.kind, label).toBe(wanted.framing);
  expect(outcome.body, label).toBe(wanted.body);
  if (wanted.headers !== undefined) expect(outcome.head?.headers, label).toEqual(wanted.headers);
  if (wanted.connectionClose !== undefined) {
    expect(outcome.head?.connectionClose, label).toBe(wanted.connectionClose);
  }
  if (wanted.trailers !== undefined) expect(outcome.trailers, label).toEqual(wanted.trailers);
  if (wanted.leftover !== undefined) expect(outcome.leftover, label).toBe(wanted.leftover);
}
