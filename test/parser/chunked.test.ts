import { describe, expect, it } from "vitest";
import { bytes, runParser } from "./helpers.js";

const HEAD = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
const parse = (body: string, end = true) => runParser([bytes(HEAD + body)], { end });

describe("chunked bodies", () => {
  it("joins chunk payloads and consumes the last chunk", () => {
    const out = parse("5\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n", false);
    expect(out.errorCode).toBeNull();
    expect(out.body).toBe("hello world");
    expect(out.bodyComplete).toBe(true);
    expect(out.leftover).toBe(0);
  });

  it.each([
    ["upper and lower case hex", "A\r\n0123456789\r\na\r\n0123456789\r\n0\r\n\r\n", 20],
    ["leading zeros", "0000005\r\nhello\r\n000\r\n\r\n", 5],
    ["bare LF line ends", "5\nhello\n0\n\n", 5],
    ["an extension", "5;name\r\nhello\r\n0;last\r\n\r\n", 5],
    ["extension values", "5;a=1;b=two\r\nhello\r\n0\r\n\r\n", 5],
    ["a quoted extension", '5;a="x;y=\\"z\\" \\\\ ,"\r\nhello\r\n0\r\n\r\n', 5],
    ["BWS around ; and =", "5 ; a = 1 ;\tb\r\nhello\r\n0\r\n\r\n", 5],
    ["trailing spaces after the size", "5  \r\nhello\r\n0\r\n\r\n", 5],
  ])("accepts %s", (_name, body, length) => {
    const out = parse(body);
    expect(out.errorCode).toBeNull();
    expect(out.body.length).toBe(length);
    expect(out.bodyComplete).toBe(true);
  });

  it.each([
    ["non-hex size", "5g\r\nhello\r\n0\r\n\r\n"],
    ["a 0x prefix", "0x5\r\nhello\r\n0\r\n\r\n"],
    ["an empty size line", "\r\nhello\r\n0\r\n\r\n"],
    ["a space before the size", " 5\r\nhello\r\n0\r\n\r\n"],
    ["a space inside the size", "1 0\r\n0123456789abcdef\r\n0\r\n\r\n"],
    ["a negative size", "-5\r\nhello\r\n0\r\n\r\n"],
    ["an unterminated quoted extension", '5;a="open\r\nhello\r\n0\r\n\r\n'],
    ["an extension without a name", "5;=1\r\nhello\r\n0\r\n\r\n"],
    ["an extension with an empty value", "5;a=\r\nhello\r\n0\r\n\r\n"],
    ["a bare CR in the size line", "5\r;a\r\nhello\r\n0\r\n\r\n"],
    ["data longer than its size", "3\r\nhello\r\n0\r\n\r\n"],
    ["CR not followed by LF after the data", "5\r\nhello\rX0\r\n\r\n"],
    ["a size beyond MAX_SAFE_INTEGER", "20000000000000\r\nhello\r\n"],
    ["a 40-digit size", `${"f".repeat(40)}\r\nhello\r\n`],
  ])("refuses %s", (_name, body) => {
    expect(parse(body).errorCode).toBe("BAD_CHUNK");
  });

  it("accepts the largest safe chunk size and waits for its data", () => {
    const out = parse("1fffffffffffff\r\nabc", false);
    expect(out.errorCode).toBeNull();
    expect(out.body).toBe("abc");
    expect(out.bodyComplete).toBe(false);
  });

  it("consumes trailers and never returns them as body", () => {
    const out = parse(
      "5\r\nhello\r\n0\r\nExpires: never\r\nX-Sum:  abc \r\n folded\r\n\r\n",
      false,
    );
    expect(out.errorCode).toBeNull();
    expect(out.body).toBe("hello");
    expect(out.trailers).toEqual(["Expires: never", "X-Sum:  abc folded"]);
    expect(out.bodyComplete).toBe(true);
    expect(out.leftover).toBe(0);
  });

  it("checks trailer syntax", () => {
    expect(parse("0\r\nBad Trailer: 1\r\n\r\n").errorCode).toBe("BAD_HEADER");
    expect(parse("0\r\n folded-first\r\n\r\n").errorCode).toBe("BAD_HEADER");
  });

  it("caps the trailer section", () => {
    const trailers = "X-T: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".repeat(100);
    const out = runParser([bytes(`${HEAD}0\r\n${trailers}\r\n`)], {
      parser: { maxHeaderBytes: 1024 },
    });
    expect(out.errorCode).toBe("HEADER_TOO_LARGE");
  });

  it("caps a chunk-size line", () => {
    const out = runParser([bytes(`${HEAD}5;${"a".repeat(2000)}\r\nhello\r\n0\r\n\r\n`)], {
      parser: { maxHeaderBytes: 1024 },
    });
    expect(out.errorCode).toBe("BAD_CHUNK");
  });

  it.each([
    ["inside a chunk", "5\r\nhel"],
    ["after the data, before CRLF", "5\r\nhello"],
    ["before the last chunk", "5\r\nhello\r\n"],
    ["inside a size line", "5\r\nhello\r\n0"],
    ["inside the trailers", "5\r\nhello\r\n0\r\nX: 1\r\n"],
    ["right after the head", ""],
  ])("reports EOF %s as TRUNCATED_BODY", (_name, body) => {
    const out = parse(body);
    expect(out.errorCode).toBe("TRUNCATED_BODY");
    expect(out.bodyComplete).toBe(false);
  });

  it("leaves bytes after the last chunk buffered for the next response", () => {
    const out = parse("1\r\na\r\n0\r\n\r\nHTTP/1.1 200 OK\r\n", false);
    expect(out.body).toBe("a");
    expect(out.leftover).toBe("HTTP/1.1 200 OK\r\n".length);
  });
});
