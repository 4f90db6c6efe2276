import { describe, expect, it } from "vitest";
import { ResponseParser } from "../../src/impl/http/parser/index.js";
import { bytes, runParser } from "./helpers.js";

const parse = (raw: string, parser?: { maxHeaderBytes?: number; maxHeaderCount?: number }) =>
  runParser([bytes(raw)], { parser });

describe("header fields", () => {
  it("keeps every header line trimmed, in received order, duplicates included", () => {
    const { head } = parse(
      "HTTP/1.1 200 OK\r\nA: 1\r\nb:2\r\nSet-Cookie: x=1  \r\nSet-Cookie:\t y=2\r\nEmpty:\r\nContent-Length: 0\r\n\r\n",
    );
    expect(head?.headers).toEqual([
      "A: 1",
      "b:2",
      "Set-Cookie: x=1",
      "Set-Cookie:\t y=2",
      "Empty:",
      "Content-Length: 0",
    ]);
  });

  it("accepts bare LF line ends everywhere in the head", () => {
    const { head, errorCode, body } = parse("HTTP/1.1 200 OK\nA: 1\nContent-Length: 2\n\nhi");
    expect(errorCode).toBeNull();
    expect(head?.headers).toEqual(["A: 1", "Content-Length: 2"]);
    expect(body).toBe("hi");
  });

  it.each([
    ["bare CR inside a value", "A: x\ry\r\n"],
    ["bare CR as a line end", "A: 1\rB: 2\r\n"],
    ["NUL in a value", "A: x\x00y\r\n"],
    ["space before colon", "A : 1\r\n"],
    ["tab before colon", "A\t: 1\r\n"],
    ["no colon", "Just a line\r\n"],
    ["empty name", ": value\r\n"],
    ["space inside name", "Content Length: 5\r\n"],
    ["non-token name", "A(b): 1\r\n"],
    ["obs-fold before any header", " folded\r\n"],
  ])("refuses %s", (_name, line) => {
    expect(parse(`HTTP/1.1 200 OK\r\n${line}Content-Length: 0\r\n\r\n`).errorCode).toBe(
      "BAD_HEADER",
    );
  });

  it("unfolds obs-fold onto the previous header with one space", () => {
    const { head, errorCode } = parse(
      "HTTP/1.1 200 OK\r\nX-Long: part one\r\n   part two\r\n\tpart three\r\nContent-Length: 0\r\n\r\n",
    );
    expect(errorCode).toBeNull();
    expect(head?.headers[0]).toBe("X-Long: part one part two part three");
  });

  it("applies framing rules to unfolded values", () => {
    expect(parse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n 6\r\n\r\nhello").errorCode).toBe(
      "BAD_CONTENT_LENGTH",
    );
  });

  it("caps the head size, even before a line end arrives", () => {
    const parser = new ResponseParser({ maxHeaderBytes: 1024 });
    parser.beginResponse("GET");
    parser.push(bytes(`HTTP/1.1 200 OK\r\nX: ${"a".repeat(2000)}`));
    expect(parser.parseHead()).toBe("error");
    expect(parser.error?.code).toBe("HEADER_TOO_LARGE");
  });

  it("accepts a head of exactly maxHeaderBytes and refuses one byte more", () => {
    const raw = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    expect(parse(raw, { maxHeaderBytes: raw.length }).errorCode).toBeNull();
    expect(parse(raw, { maxHeaderBytes: raw.length - 1 }).errorCode).toBe("HEADER_TOO_LARGE");
  });

  it("has a 64 KiB default cap", () => {
    const big = `HTTP/1.1 200 OK\r\n${"X-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".repeat(2000)}\r\n`;
    expect(big.length).toBeGreaterThan(65536);
    expect(parse(big, { maxHeaderCount: 100000 }).errorCode).toBe("HEADER_TOO_LARGE");
  });

  it("caps the header count at 1000 by default", () => {
    const lines = (n: number) => "X: 1\r\n".repeat(n);
    expect(parse(`HTTP/1.1 200 OK\r\n${lines(999)}Content-Length: 0\r\n\r\n`).errorCode).toBeNull();
    expect(parse(`HTTP/1.1 200 OK\r\n${lines(1000)}Content-Length: 0\r\n\r\n`).errorCode).toBe(
      "TOO_MANY_HEADERS",
    );
  });

  it("counts interim 1xx heads toward the cap of the final head", () => {
    const interim = "HTTP/1.1 100 Continue\r\n\r\n".repeat(50);
    const raw = `${interim}HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n`;
    expect(parse(raw).errorCode).toBeNull();
    expect(parse(raw, { maxHeaderBytes: 1000 }).errorCode).toBe("HEADER_TOO_LARGE");
  });

  it("reports a truncated head at EOF", () => {
    expect(parse("HTTP/1.1 200 OK\r\nA: 1\r\n").errorCode).toBe("TRUNCATED_HEAD");
    expect(parse("").errorCode).toBe("TRUNCATED_HEAD");
  });
});

describe("header text decoding", () => {
  it("decodes valid UTF-8 as UTF-8, like the engine", () => {
    const raw = Buffer.concat([
      Buffer.from(
        'HTTP/1.1 200 Très bien\r\nContent-Disposition: attachment; filename="résumé ✓.pdf"\r\n',
        "utf8",
      ),
      Buffer.from("Content-Length: 0\r\n\r\n"),
    ]);
    const out = runParser([new Uint8Array(raw)]);
    expect(out.errorCode).toBeNull();
    expect(out.head?.reason).toBe("Très bien");
    expect(out.head?.headers[0]).toBe('Content-Disposition: attachment; filename="résumé ✓.pdf"');
  });

  it("falls back to latin1 for bytes that are not UTF-8, never to U+FFFD", () => {
    const out = parse("HTTP/1.1 200 OK\r\nX-Latin: caf\xe9\r\nContent-Length: 0\r\n\r\n");
    expect(out.head?.headers[0]).toBe("X-Latin: caf\xe9");
  });
});
