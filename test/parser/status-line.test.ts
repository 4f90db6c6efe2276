import { describe, expect, it } from "vitest";
import { bytes, runParser } from "./helpers.js";

const parse = (raw: string) => runParser([bytes(raw)]);

describe("status line", () => {
  it("parses version, status and reason", () => {
    const { head, errorCode } = parse("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    expect(errorCode).toBeNull();
    expect(head).toMatchObject({ version: "1.1", status: 404, reason: "Not Found" });
  });

  it("keeps a reason with spaces and obs-text", () => {
    expect(parse("HTTP/1.1 200 All \xe9 fine\r\nContent-Length: 0\r\n\r\n").head?.reason).toBe(
      "All \xe9 fine",
    );
  });

  it.each([
    ["HTTP/1.1 200\r\n", ""],
    ["HTTP/1.1 200 \r\n", ""],
  ])("accepts a missing reason: %j", (line, reason) => {
    const { head, errorCode } = parse(`${line}Content-Length: 0\r\n\r\n`);
    expect(errorCode).toBeNull();
    expect(head?.reason).toBe(reason);
  });

  it("reads HTTP/1.0 and treats HTTP/1.2 as 1.1", () => {
    expect(parse("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").head?.version).toBe("1.0");
    expect(parse("HTTP/1.2 200 OK\r\nContent-Length: 0\r\n\r\n").head?.version).toBe("1.1");
  });

  it.each([
    "HTTP/2.0 200 OK",
    "HTTP/0.9 200 OK",
    "http/1.1 200 OK",
    "HTTP/1.10 200 OK",
    "HTTP/1 200 OK",
    "ICY 200 OK",
    "<html>",
    " HTTP/1.1 200 OK",
  ])("refuses version in %j", (line) => {
    expect(parse(`${line}\r\n\r\n`).errorCode).toBe("BAD_VERSION");
  });

  it.each([
    "HTTP/1.1",
    "HTTP/1.1 ",
    "HTTP/1.1 20",
    "HTTP/1.1 2000 OK",
    "HTTP/1.1 20x OK",
    "HTTP/1.1  200 OK",
    "HTTP/1.1 099 Low",
    "HTTP/1.1 600 High",
    "HTTP/1.1 +20 OK",
    "HTTP/1.1 200\tOK",
    "HTTP/1.1 200 O\x00K",
    "HTTP/1.1 200 O\rK",
  ])("refuses status line %j", (line) => {
    expect(parse(`${line}\r\n\r\n`).errorCode).toBe("BAD_STATUS_LINE");
  });

  it("skips empty lines before the status line", () => {
    const { head, errorCode } = parse("\r\n\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    expect(errorCode).toBeNull();
    expect(head?.status).toBe(200);
  });

  it("counts leading empty lines toward the head cap", () => {
    const raw = `${"\r\n".repeat(100)}HTTP/1.1 200 OK\r\n\r\n`;
    expect(runParser([bytes(raw)], { parser: { maxHeaderBytes: 150 } }).errorCode).toBe(
      "HEADER_TOO_LARGE",
    );
  });
});
