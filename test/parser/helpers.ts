// Shared helpers for parser tests: feed bytes in chosen pieces and collect the whole outcome.
import { ResponseParser } from "../../src/impl/http/parser/index.js";
import type { ParserOptions, ResponseHead } from "../../src/impl/http/parser/index.js";

export function bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "latin1"));
}

export function text(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
}

export interface Outcome {
  head: ResponseHead | null;
  body: string;
  errorCode: string | null;
  bodyComplete: boolean;
  trailers: readonly string[];
  leftover: number;
}

/**
 * Pushes `pieces` one by one, parsing the head and draining the body after each push, then calls
 * end() (when `end` is set) and drains again. Bounded: every loop is capped.
 */
export function runParser(
  pieces: readonly Uint8Array[],
  options: { method?: string; end?: boolean; readMax?: number; parser?: ParserOptions } = {},
): Outcome {
  const parser = new ResponseParser(options.parser);
  parser.beginResponse(options.method ?? "GET");
  const body: Uint8Array[] = [];
  const readMax = options.readMax ?? 65536;
  const step = (): void => {
    if (parser.parseHead() !== "head") return;
    for (let i = 0; i < 1_000_000; i++) {
      const piece = parser.readBody(readMax);
      if (piece === null) return;
      if (piece.byteLength > readMax || piece.byteLength === 0)
        throw new Error("readBody size out of range");
      body.push(piece);
    }
    throw new Error("readBody loop did not terminate");
  };
  for (const piece of pieces) {
    parser.push(piece);
    step();
  }
  if (options.end ?? true) {
    parser.end();
    step();
  }
  return {
    head: parser.head,
    body: body.map(text).join(""),
    errorCode: parser.error?.code ?? null,
    bodyComplete: parser.bodyComplete,
    trailers: parser.trailers,
    leftover: parser.bufferedBytes,
  };
}

/** Splits `data` into pieces of `size` bytes (the last may be shorter). */
export function splitEvery(data: Uint8Array, size: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < data.byteLength; i += size) pieces.push(data.slice(i, i + size));
  return pieces;
}
