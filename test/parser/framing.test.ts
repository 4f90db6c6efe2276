import { describe, expect, it } from "vitest";
import { bytes, runParser } from "./helpers.js";

const parse = (raw: string, method = "GET", end = true) => runParser([bytes(raw)], { method, end });
const withHeaders = (headers: string, body = "") => `HTTP/1.1 200 OK\r\n${headers}\r\n${body}`;

describe("Content-Length", () => {
  it("reads exactly the length and leaves the rest buffered", () => {
    const out = parse(withHeaders("Content-Length: 5\r\n", "helloEXTRA"), "GET", false);
    expect(out.head?.framing).toEqual({ kind: "length", length: 5 });
    expect(out.body).toBe("hello");
    expect(out.bodyComplete).toBe(true);
    expect(out.leftover).toBe(5);
  });

  it.each([
    ["identical duplicates", "Content-Length: 5\r\nContent-Length: 5\r\n"],
    ["a list of identical values", "Content-Length: 5, 5\r\n"],
    ["a list with OWS", "Content-Length: 5 ,\t5\r\n"],
    ["leading zeros", "Content-Length: 0005\r\n"],
  ])("accepts %s", (_name, headers) => {
    const out = parse(withHeaders(headers, "hello"));
    expect(out.errorCode).toBeNull();
    expect(out.head?.framing).toEqual({ kind: "length", length: 5 });
    expect(out.body).toBe("hello");
  });

  it.each([
    ["differing duplicates", "Content-Length: 5\r\nContent-Length: 6\r\n"],
    ["a list of different values", "Content-Length: 5, 6\r\n"],
    ["an empty list element", "Content-Length: 5,,5\r\n"],
    ["an empty value", "Content-Length:\r\n"],
    ["a plus sign", "Content-Length: +5\r\n"],
    ["a minus sign", "Content-Length: -5\r\n"],
    ["hex", "Content-Length: 0x5\r\n"],
    ["a decimal point", "Content-Length: 5.0\r\n"],
    ["inner space", "Content-Length: 5 5\r\n"],
    ["letters", "Content-Length: five\r\n"],
    ["overflow past MAX_SAFE_INTEGER", "Content-Length: 9007199254740992\r\n"],
    ["a huge number", `Content-Length: ${"9".repeat(400)}\r\n`],
  ])("refuses %s", (_name, headers) => {
    expect(parse(withHeaders(headers, "hello")).errorCode).toBe("BAD_CONTENT_LENGTH");
  });

  it("accepts MAX_SAFE_INTEGER itself", () => {
    const out = parse(withHeaders("Content-Length: 9007199254740991\r\n"), "GET", false);
    expect(out.head?.framing).toEqual({ kind: "length", length: Number.MAX_SAFE_INTEGER });
  });

  it("treats Content-Length: 0 as an immediately complete body", () => {
    const out = parse(withHeaders("Content-Length: 0\r\n"), "GET", false);
    expect(out.bodyComplete).toBe(true);
    expect(out.body).toBe("");
  });

  it("reports a short body at EOF as TRUNCATED_BODY", () => {
    const out = parse(withHeaders("Content-Length: 10\r\n", "hello"));
    expect(out.errorCode).toBe("TRUNCATED_BODY");
    expect(out.bodyComplete).toBe(false);
  });
});

describe("Transfer-Encoding", () => {
  const chunkedBody = "5\r\nhello\r\n0\r\n\r\n";
  it.each(["chunked", "Chunked", "CHUNKED", "gzip, chunked", "gzip,chunked", "gzip;q=1, chunked"])(
    "decodes chunked as the final coding: %j",
    (value) => {
      const out = parse(withHeaders(`Transfer-Encoding: ${value}\r\n`, chunkedBody));
      expect(out.errorCode).toBeNull();
      expect(out.head?.framing).toEqual({ kind: "chunked" });
      expect(out.body).toBe("hello");
    },
  );

  it("combines several Transfer-Encoding fields in order", () => {
    const out = parse(
      withHeaders("Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunkedBody),
    );
    expect(out.head?.framing).toEqual({ kind: "chunked" });
  });

  it.each(["chunked, gzip", "gzip", "identity"])(
    "reads to EOF and closes when chunked is not final: %j",
    (value) => {
      const out = parse(withHeaders(`Transfer-Encoding: ${value}\r\n`, chunkedBody));
      expect(out.errorCode).toBeNull();
      expect(out.head?.framing).toEqual({ kind: "eof" });
      expect(out.head?.connectionClose).toBe(true);
      expect(out.body).toBe(chunkedBody);
    },
  );

  it.each(["chunked, chunked", "", " , ", "chu nked", "chunked;"])("refuses %j", (value) => {
    const out = parse(withHeaders(`Transfer-Encoding: ${value}\r\n`, chunkedBody));
    expect(out.errorCode).toBe("BAD_TRANSFER_ENCODING");
  });

  it.each([
    "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
    "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n",
    "Transfer-Encoding: gzip\r\nContent-Length: 5\r\n",
  ])("refuses Content-Length with Transfer-Encoding: %j", (headers) => {
    expect(parse(withHeaders(headers, chunkedBody)).errorCode).toBe("LENGTH_AND_CHUNKED");
  });

  it("forces close for Transfer-Encoding on HTTP/1.0", () => {
    const out = parse(
      `HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n${chunkedBody}`,
    );
    expect(out.head?.framing).toEqual({ kind: "chunked" });
    expect(out.head?.connectionClose).toBe(true);
    expect(out.body).toBe("hello");
  });
});

describe("Connection and read-to-EOF", () => {
  it.each([
    ["Connection: close", true],
    ["Connection: Close", true],
    ["Connection: keep-alive, close", true],
    ["Connection: upgrade,CLOSE", true],
    ["Connection: closed", false],
    ["Connection: close-ish", false],
    ["Connection: keep-alive", false],
  ])("%j → connectionClose %s", (header, close) => {
    const out = parse(withHeaders(`${header}\r\nContent-Length: 0\r\n`));
    expect(out.head?.connectionClose).toBe(close);
  });

  it("finds close in a second Connection field", () => {
    const out = parse(
      withHeaders("Connection: keep-alive\r\nConnection: close\r\nContent-Length: 0\r\n"),
    );
    expect(out.head?.connectionClose).toBe(true);
  });

  it("reads to EOF with neither length nor chunked when the peer closes", () => {
    const out = parse(withHeaders("Connection: close\r\n", "all of it\r\n0\r\n\r\n"), "GET", false);
    expect(out.head?.framing).toEqual({ kind: "eof" });
    expect(out.body).toBe("all of it\r\n0\r\n\r\n");
    expect(out.bodyComplete).toBe(false);
    const ended = parse(withHeaders("Connection: close\r\n", "all of it"));
    expect(ended.bodyComplete).toBe(true);
    expect(ended.errorCode).toBeNull();
  });

  it("HTTP/1.0 closes unless keep-alive", () => {
    expect(parse("HTTP/1.0 200 OK\r\n\r\nabc").head).toMatchObject({
      connectionClose: true,
      framing: { kind: "eof" },
    });
    expect(parse("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\n\r\n").head).toMatchObject({
      connectionClose: false,
      framing: { kind: "none" },
    });
  });

  it("gives a keep-alive response with no length no body (the engine's rule)", () => {
    const out = parse(withHeaders("X: 1\r\n", "stray"), "GET", false);
    expect(out.head?.framing).toEqual({ kind: "none" });
    expect(out.bodyComplete).toBe(true);
    expect(out.body).toBe("");
    expect(out.leftover).toBe(5);
  });
});

describe("responses without a body", () => {
  it.each([
    ["HEAD", 200, "Content-Length: 5\r\n"],
    ["HEAD", 200, "Transfer-Encoding: chunked\r\n"],
    ["GET", 204, "Content-Length: 5\r\n"],
    ["GET", 304, "Content-Length: 5\r\n"],
    ["GET", 304, "Transfer-Encoding: chunked\r\n"],
    ["CONNECT", 200, "Content-Length: 5\r\n"],
    ["GET", 101, "Upgrade: websocket\r\nConnection: Upgrade\r\n"],
  ])("%s → %d with %j has no body", (method, status, headers) => {
    const out = parse(`HTTP/1.1 ${status} X\r\n${headers}\r\nhello`, method, false);
    expect(out.errorCode).toBeNull();
    expect(out.head?.status).toBe(status);
    expect(out.head?.framing).toEqual({ kind: "none" });
    expect(out.bodyComplete).toBe(true);
    expect(out.leftover).toBe(5);
  });

  it("still checks Content-Length syntax on bodiless responses", () => {
    expect(parse("HTTP/1.1 204 No Content\r\nContent-Length: x\r\n\r\n").errorCode).toBe(
      "BAD_CONTENT_LENGTH",
    );
  });

  it.each([100, 102, 103, 199])("skips interim %d and returns the final head", (status) => {
    const out = parse(
      `HTTP/1.1 ${status} Interim\r\nLink: </a>; rel=preload\r\nContent-Length: 99\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok`,
    );
    expect(out.errorCode).toBeNull();
    expect(out.head?.status).toBe(200);
    expect(out.head?.headers).toEqual(["Content-Length: 2"]);
    expect(out.body).toBe("ok");
  });

  it("skips several interim heads in a row", () => {
    const out = parse(
      "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n",
    );
    expect(out.head?.status).toBe(201);
  });

  it("refuses a malformed interim head", () => {
    expect(
      parse("HTTP/1.1 100 Continue\r\nBad Header: 1\r\n\r\nHTTP/1.1 200 OK\r\n\r\n").errorCode,
    ).toBe("BAD_HEADER");
  });
});
