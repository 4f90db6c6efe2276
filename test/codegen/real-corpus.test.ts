import { describe, expect, it } from "vitest";
import { readCorpus } from "../../codegen/read/index.js";
import { resolveCorpus } from "../../codegen/resolve/index.js";
import { boundSet, docs3, docs4 } from "./paths.js";

describe("real corpora", () => {
  it("reads all of Godot 4.6.3 and resolves the bound set", async () => {
    const corpus = await readCorpus({ root: docs4 });
    expect(corpus.version).toBe("4.6.3");
    expect(corpus.generation).toBe(4);
    expect(corpus.classes.size).toBe(912);

    const http = corpus.classes.get("HTTPClient");
    expect(http?.enums.map((e) => [e.name, e.values.length])).toEqual([
      ["Method", 10],
      ["Status", 10],
      ["ResponseCode", 61],
    ]);
    const connect = http?.methods.find((method) => method.name === "connect_to_host");
    expect(connect?.params.map((param) => param.default)).toEqual([null, "-1", "null"]);
    expect(connect?.loc.line).toBe(29);

    const linked = resolveCorpus(corpus, { classes: [...boundSet] });
    expect(linked.emitted).toEqual([
      "@GlobalScope",
      "CryptoKey",
      "HTTPClient",
      "Object",
      "RefCounted",
      "Resource",
      "StreamPeer",
      "StreamPeerSocket",
      "StreamPeerTCP",
      "StreamPeerTLS",
      "TLSOptions",
      "X509Certificate",
    ]);
    expect(linked.basesOf("StreamPeerTLS")).toEqual(["StreamPeer", "RefCounted", "Object"]);
    expect(linked.get("@GlobalScope")?.enums.some((e) => e.name === "Error")).toBe(true);
    for (const stub of linked.stubs) expect(linked.kindOf(stub)).toBe("object");
    expect(linked.referencedBuiltins).toContain("Callable");

    // The whole corpus links with no dangling reference at all.
    expect(resolveCorpus(corpus, "all").unresolved).toEqual([]);
  });

  it("reads all of Godot 3.6, whose @GlobalScope names a module class absent from this copy", async () => {
    const corpus = await readCorpus({ root: docs3 });
    expect(corpus.version).toBe("3.6");
    expect(corpus.generation).toBe(3);
    expect(corpus.classes.size).toBe(601);
    expect(corpus.classes.get("HTTPClient")?.inherits).toBe("Reference");
    expect(() => resolveCorpus(corpus, "all")).toThrow(
      /@GlobalScope\.xml:92: .*VisualScriptEditor/,
    );
    const linked = resolveCorpus(corpus, "all", { allowUnknownTypes: true });
    expect([...new Set(linked.unresolved.map((ref) => ref.target))]).toEqual([
      "VisualScriptEditor",
      "Vector3.Axis",
    ]);
    expect(linked.basesOf("HTTPClient")).toEqual(["Reference", "Object"]);
  });
});
