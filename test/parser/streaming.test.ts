import { describe, expect, it } from "vitest";
import { ResponseParser } from "../../src/impl/http/parser/index.js";
import { bytes, runParser, splitEvery, text } from "./helpers.js";

const RESPONSES = {
  length: "HTTP/1.1 200 OK\r\nContent-Length: 11\r\nX-A: 1\r\n\r\nhello world",
  chunked:
    'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n5;ext="q;\\"x"\r\nhello\r\n6 ; a=b\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n',
  eof: "HTTP/1.0 200 OK\r\nServer: s\r\n\r\nhello world",
  lf: "HTTP/1.1 200 OK\nContent-Length: 11\n\nhello world",
};

describe("split delivery", () => {
  for (const [name, raw] of Object.entries(RESPONSES)) {
    it(`${name}: same result when split in two at every byte offset`, () => {
      const data = bytes(raw);
      const whole = runParser([data]);
      expect(whole.errorCode).toBeNull();
      expect(whole.body).toBe("hello world");
      for (let cut = 0; cut <= data.byteLength; cut++) {
        const out = runParser([data.slice(0, cut), data.slice(cut)]);
        expect(out, `cut at ${cut}`).toEqual(whole);
      }
    });

    it(`${name}: same result one byte at a time, with readBody(1)`, () => {
      const data = bytes(raw);
      const whole = runParser([data]);
      expect(runParser(splitEvery(data, 1))).toEqual(whole);
      expect(runParser(splitEvery(data, 1), { readMax: 1 })).toEqual(whole);
      expect(runParser(splitEvery(data, 3), { readMax: 2 })).toEqual(whole);
    });

    it(`${name}: truncation at every byte offset is an error after end()`, () => {
      const data = bytes(raw);
      for (let cut = 0; cut < data.byteLength; cut++) {
        const out = runParser([data.slice(0, cut)]);
        if (name === "eof" && out.head !== null) {
          // Read-to-EOF bodies have no wrong length: any cut after the head is a clean end.
          expect(out.errorCode, `cut at ${cut}`).toBeNull();
          continue;
        }
        expect(out.errorCode, `cut at ${cut}`).toMatch(/^TRUNCATED_(HEAD|BODY)$/);
        expect(out.bodyComplete).toBe(false);
      }
    });
  }
});

describe("readBody", () => {
  it("never returns more than max and never an empty array", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    parser.push(bytes(`HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n${"x".repeat(1000)}`));
    expect(parser.parseHead()).toBe("head");
    let total = 0;
    for (let i = 0; i < 2000 && !parser.bodyComplete; i++) {
      const piece = parser.readBody(7);
      expect(piece).not.toBeNull();
      expect(piece!.byteLength).toBeGreaterThan(0);
      expect(piece!.byteLength).toBeLessThanOrEqual(7);
      total += piece!.byteLength;
    }
    expect(total).toBe(1000);
    expect(parser.readBody(7)).toBeNull();
    expect(parser.readBody(0)).toBeNull();
  });

  it("returns a subarray of the pushed buffer when the bytes sit in one piece", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    const pushed = bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789");
    parser.push(pushed);
    expect(parser.parseHead()).toBe("head");
    const piece = parser.readBody(100)!;
    expect(piece.buffer).toBe(pushed.buffer);
    expect(piece.byteOffset).toBe(pushed.byteLength - 10);
    expect(text(piece)).toBe("0123456789");
  });

  it("never copies when pushed pieces are large, even with the head offsetting them", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    const pieces = [
      bytes(`HTTP/1.1 200 OK\r\nContent-Length: ${100 + 8 * 65536}\r\n\r\n${"a".repeat(100)}`),
    ];
    for (let i = 0; i < 8; i++) pieces.push(new Uint8Array(65536));
    const buffers = new Set(pieces.map((piece) => piece.buffer));
    for (const piece of pieces) parser.push(piece);
    expect(parser.parseHead()).toBe("head");
    let total = 0;
    for (let i = 0; i < 100 && !parser.bodyComplete; i++) {
      const out = parser.readBody(65536)!;
      expect(buffers.has(out.buffer)).toBe(true);
      total += out.byteLength;
    }
    expect(total).toBe(100 + 8 * 65536);
  });

  it("returns chunk payload zero-copy too", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    parser.push(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
    expect(parser.parseHead()).toBe("head");
    const pushed = bytes("a;x=y\r\n0123456789\r\n");
    parser.push(pushed);
    const piece = parser.readBody(100)!;
    expect(piece.buffer).toBe(pushed.buffer);
    expect(text(piece)).toBe("0123456789");
  });

  it("streams a chunk larger than 16 MiB in pieces without buffering it", () => {
    const size = 20 * 1024 * 1024 + 3;
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    parser.push(
      bytes(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${size.toString(16)};big\r\n`),
    );
    expect(parser.parseHead()).toBe("head");
    const piece = new Uint8Array(64 * 1024).fill(0x61);
    let fed = 0;
    let received = 0;
    let maxBuffered = 0;
    for (let i = 0; i < 1000 && fed < size; i++) {
      const n = Math.min(piece.byteLength, size - fed);
      parser.push(piece.subarray(0, n));
      fed += n;
      maxBuffered = Math.max(maxBuffered, parser.bufferedBytes);
      for (let j = 0; j < 100; j++) {
        const out = parser.readBody(65536);
        if (out === null) break;
        received += out.byteLength;
      }
      expect(parser.bufferedBytes).toBe(0);
    }
    expect(fed).toBe(size);
    expect(received).toBe(size);
    expect(maxBuffered).toBeLessThanOrEqual(piece.byteLength);
    expect(parser.bodyComplete).toBe(false);
    parser.push(bytes("\r\n0\r\n\r\n"));
    expect(parser.bodyComplete).toBe(true);
    expect(parser.error).toBeNull();
  });
});

describe("response sequence and errors", () => {
  it("parses pipelined responses from leftover bytes after beginResponse", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    parser.push(
      bytes(
        "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nb\r\n0\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
      ),
    );
    const bodies: string[] = [];
    for (const method of ["GET", "GET", "DELETE"]) {
      if (bodies.length > 0) parser.beginResponse(method);
      expect(parser.parseHead()).toBe("head");
      let body = "";
      for (let piece = parser.readBody(100); piece !== null; piece = parser.readBody(100))
        body += text(piece);
      expect(parser.bodyComplete).toBe(true);
      bodies.push(`${parser.head!.status}:${body}`);
    }
    expect(bodies).toEqual(["200:a", "200:b", "204:"]);
    expect(parser.bufferedBytes).toBe(0);
  });

  it("keeps bytes after a Connection: close response out of its body", () => {
    const out = runParser(
      [bytes("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nokEVIL")],
      { end: false },
    );
    expect(out.head?.connectionClose).toBe(true);
    expect(out.body).toBe("ok");
    expect(out.bodyComplete).toBe(true);
    expect(out.leftover).toBe(4);
  });

  it("reports bytes with no response begun as UNEXPECTED_DATA", () => {
    const parser = new ResponseParser();
    expect(parser.parseHead()).toBe("incomplete");
    parser.push(bytes("HTTP/1.1 200 OK\r\n\r\n"));
    expect(parser.parseHead()).toBe("error");
    expect(parser.error?.code).toBe("UNEXPECTED_DATA");
  });

  it("reports bytes pushed after end() as UNEXPECTED_DATA", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    parser.push(bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"));
    parser.end();
    parser.push(bytes("x"));
    expect(parser.error?.code).toBe("UNEXPECTED_DATA");
  });

  it("keeps an error sticky until the next response", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    parser.push(bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello"));
    expect(parser.parseHead()).toBe("error");
    expect(parser.parseHead()).toBe("error");
    expect(parser.readBody(10)).toBeNull();
    expect(parser.error?.code).toBe("BAD_CONTENT_LENGTH");
    expect(parser.error?.message).toMatch(/conflicting/);
  });

  it("drops bytes pushed after a failure, so memory stays bounded", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    parser.push(bytes("HTTP/9.9 200 OK\r\n\r\n"));
    expect(parser.parseHead()).toBe("error");
    const before = parser.bufferedBytes;
    parser.push(new Uint8Array(100_000));
    expect(parser.bufferedBytes).toBe(before);
    expect(parser.error?.code).toBe("BAD_VERSION");
  });

  it("reports a chunked framing error found while pushing", () => {
    const parser = new ResponseParser();
    parser.beginResponse("GET");
    parser.push(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
    expect(parser.parseHead()).toBe("head");
    parser.push(bytes("zz\r\n"));
    expect(parser.error?.code).toBe("BAD_CHUNK");
  });

  it("completes a bodiless response right after the head", () => {
    const parser = new ResponseParser();
    parser.beginResponse("HEAD");
    parser.push(bytes("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"));
    expect(parser.parseHead()).toBe("head");
    expect(parser.bodyComplete).toBe(true);
    expect(parser.readBody(10)).toBeNull();
  });
});
