// Property-based checks with fixed seeds and budgets: the parser never throws, never returns more
// than asked, and the way bytes are split never changes the outcome.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ResponseParser } from "../../src/impl/http/parser/index.js";
import { bytes, runParser } from "./helpers.js";

const SEED = 20260611;

/** Cuts `data` at the given (unsorted, possibly repeated) offsets. */
function cutAt(data: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((offset) => offset % (data.byteLength + 1)))].sort(
    (a, b) => a - b,
  );
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, data.byteLength]) {
    pieces.push(data.slice(start, point));
    start = point;
  }
  return pieces;
}

const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,11}$/);
const fieldValue = fc.stringMatching(/^[ -~]{0,20}$/).map((value) => value.trim());
const latin1 = (min: number, max: number) =>
  fc
    .uint8Array({ minLength: min, maxLength: max })
    .map((data) => Buffer.from(data).toString("latin1"));
const chunkPayload = latin1(1, 40);

const chunkedResponse = fc
  .record({
    headers: fc.array(fc.tuple(token, fieldValue), { maxLength: 6 }),
    chunks: fc.array(fc.tuple(chunkPayload, fc.constantFrom("", ";a", ';q="x;y"', " ; b = c")), {
      maxLength: 6,
    }),
    trailers: fc.array(fc.tuple(token, fieldValue), { maxLength: 3 }),
    lf: fc.boolean(),
  })
  .filter(({ headers, trailers }) =>
    [...headers, ...trailers].every(
      ([name]) => !/^(content-length|transfer-encoding|connection)$/i.test(name),
    ),
  )
  .map(({ headers, chunks, trailers, lf }) => {
    const eol = lf ? "\n" : "\r\n";
    const head = [
      "HTTP/1.1 200 OK",
      ...headers.map(([name, value]) => `${name}: ${value}`),
      "Transfer-Encoding: chunked",
    ].join(eol);
    const body = chunks
      .map(([payload, ext]) => `${payload.length.toString(16)}${ext}${eol}${payload}${eol}`)
      .join("");
    const trailer = trailers.map(([name, value]) => `${name}: ${value}${eol}`).join("");
    return {
      raw: `${head}${eol}${eol}${body}0${eol}${trailer}${eol}`,
      payload: chunks.map(([payload]) => payload).join(""),
    };
  });

describe("parser properties", () => {
  it("decodes generated chunked responses the same way however they are split", () => {
    fc.assert(
      fc.property(
        chunkedResponse,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 1, max: 50 }),
        ({ raw, payload }, offsets, readMax) => {
          const data = bytes(raw);
          const whole = runParser([data]);
          expect(whole.errorCode).toBeNull();
          expect(whole.body).toBe(payload);
          expect(whole.bodyComplete).toBe(true);
          expect(runParser(cutAt(data, offsets), { readMax })).toEqual(whole);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("never throws and never over-returns on arbitrary bytes", () => {
    const prefix = fc.constantFrom(
      "",
      "HTTP/1.1 200 OK\r\n",
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
      "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n",
    );
    const noise = latin1(0, 200);
    fc.assert(
      fc.property(prefix, noise, fc.array(fc.nat(), { maxLength: 8 }), (start, rest, offsets) => {
        const parser = new ResponseParser({ maxHeaderBytes: 512, maxHeaderCount: 20 });
        parser.beginResponse("GET");
        for (const piece of cutAt(bytes(start + rest), offsets)) {
          parser.push(piece);
          if (parser.parseHead() === "head") {
            for (let i = 0; i < 1000; i++) {
              const out = parser.readBody(7);
              if (out === null) break;
              expect(out.byteLength).toBeLessThanOrEqual(7);
            }
          }
        }
        parser.end();
        const result = parser.parseHead();
        if (result === "head") for (let i = 0; i < 1000 && parser.readBody(7) !== null; i++);
        // After EOF every response is settled: complete, or failed with a code.
        expect(parser.bodyComplete || parser.error !== null).toBe(true);
        expect(parser.bufferedBytes).toBeLessThanOrEqual(start.length + rest.length);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
