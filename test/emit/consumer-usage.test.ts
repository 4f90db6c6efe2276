import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { HTTPClient_Method, HTTPClient_constants } from "../../generated/HTTPClient.js";
import { Error as GodotError, GlobalScope_constants } from "../../generated/GlobalScope.js";
import { classes } from "../../generated/metadata.js";
import { GATE_OPTIONS } from "./typecheck.js";

const usage = path.join(import.meta.dirname, "consumer-usage.ts");

describe("the committed generated/ API, as a consumer uses it", () => {
  it("type-checks the GUIDE §3 example, and rejects each misuse marked @ts-expect-error", () => {
    const program = ts.createProgram([usage], GATE_OPTIONS);
    const messages = ts.getPreEmitDiagnostics(program).map((d) => {
      const where =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
      return `${d.file ? path.basename(d.file.fileName) : "?"}:${where ? where.line + 1 : "?"}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    // An unused @ts-expect-error is itself an error, so an accepted misuse fails this test.
    expect(messages).toEqual([]);
    const source = program.getSourceFile(usage)?.getFullText() ?? "";
    expect(source.match(/@ts-expect-error/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it("has enum members equal to the flat constants at run time, frozen", () => {
    expect(HTTPClient_constants.Method.METHOD_GET).toBe(HTTPClient_constants.METHOD_GET);
    expect(HTTPClient_constants.Method).toBe(HTTPClient_Method);
    expect(HTTPClient_constants.Status.STATUS_CONNECTED).toBe(5);
    expect(HTTPClient_constants.RESPONSE_NOT_FOUND).toBe(404);
    expect(Object.isFrozen(HTTPClient_Method)).toBe(true);
    expect(Object.isFrozen(HTTPClient_constants)).toBe(true);
    expect(GodotError.ERR_INVALID_PARAMETER).toBe(31);
    expect(GlobalScope_constants.Error).toBe(GodotError);
  });

  it("describes HTTPClient's members in the runtime metadata", () => {
    const http = classes["HTTPClient"];
    expect(http?.inherits).toBe("RefCounted");
    expect(
      http?.methods["connect_to_host"]?.params.map((p) => [p.name, p.default, p.defaultValue]),
    ).toEqual([
      ["host", undefined, undefined],
      ["port", "-1", -1],
      ["tls_options", "null", null],
    ]);
    expect(http?.methods["connect_to_host"]?.required).toBe(1);
    expect(http?.methods["request"]?.returnType).toBe("Error");
    expect(http?.properties["read_chunk_size"]).toEqual({
      name: "read_chunk_size",
      type: "int",
      setter: "set_read_chunk_size",
      getter: "get_read_chunk_size",
      default: "65536",
    });
    expect(http?.methods["set_read_chunk_size"]?.params).toHaveLength(1);
    expect(http?.enums["Method"]?.values["METHOD_PATCH"]).toBe(8);
    expect(classes["TLSOptions"]?.methods["client"]?.static).toBe(true);
    // Every base up to Object is described too.
    expect(classes["Object"]?.inherits).toBeNull();
  });
});
