/** Whole doc comments from `buildDocComment`: layout, block tags, and tsdoc cleanliness. */
import { describe, expect, it } from "vitest";
import { buildDocComment, tsdocMessages } from "../../codegen/docs/index.js";
import { fixtureContext } from "./fixture-corpus.js";

describe("buildDocComment", () => {
  it("assembles every part in order", () => {
    const doc = buildDocComment(
      {
        brief: "Low-level [b]HTTP[/b] client.",
        description: "Call [method poll] in a loop.\nSecond paragraph.",
        tutorials: [
          {
            title: "HTTP client class",
            url: "$DOCS_URL/tutorials/networking/http_client_class.html",
          },
          { title: "Odd | title", url: "https://example.org/x" },
        ],
        params: [
          { name: "default", description: "The [param default] value." },
          { name: "port", description: "" },
        ],
        returns: "An [enum Error] code.",
        defaultValue: "Color(1, 1, 1, 1)",
        experimental: "",
        deprecated: "Use [method connect_to_host].",
      },
      fixtureContext(),
    );
    expect(doc.comment).toBe(
      [
        "/**",
        " * Low-level **HTTP** client.",
        " *",
        " * @remarks",
        " * Call {@link HTTPClient.poll} in a loop.",
        " *",
        " * Second paragraph.",
        " *",
        " * @param default_ - The `default` value.",
        " * @param port -",
        " * @returns An {@link Error} code.",
        " * @defaultValue `Color(1, 1, 1, 1)`",
        " * @see {@link https://docs.godotengine.org/en/4.6/tutorials/networking/http_client_class.html | HTTP client class}",
        " * @see Odd | title ({@link https://example.org/x})",
        " * @experimental",
        " * @deprecated Use {@link HTTPClient.connect_to_host}.",
        " */",
      ].join("\n"),
    );
    expect(tsdocMessages(doc.comment)).toEqual([]);
    expect([...doc.references].sort()).toEqual(["@GlobalScope", "HTTPClient"]);
    expect(doc.misses).toEqual([]);
  });

  it("writes a one-line comment when the text fits on a line", () => {
    const doc = buildDocComment({ description: "Closes the [HTTPClient]." }, fixtureContext());
    expect(doc.comment).toBe("/** Closes the {@link HTTPClient}. */");
    expect(tsdocMessages(doc.comment)).toEqual([]);
  });

  it("uses the description as the summary when there is no brief", () => {
    const doc = buildDocComment({ description: "First.\nSecond." }, fixtureContext());
    expect(doc.comment).toBe("/**\n * First.\n *\n * Second.\n */");
  });

  it("returns an empty comment when there is nothing to say", () => {
    expect(buildDocComment({ description: "  \n\t" }, fixtureContext()).comment).toBe("");
    expect(buildDocComment({}, fixtureContext()).comment).toBe("");
  });

  it("gives @deprecated a message when the XML has none, as tsdoc requires", () => {
    const doc = buildDocComment({ description: "Old.", deprecated: "" }, fixtureContext());
    expect(doc.comment).toBe(
      "/**\n * Old.\n *\n * @deprecated Deprecated in the Godot class reference, without an explanation.\n */",
    );
    expect(tsdocMessages(doc.comment)).toEqual([]);
  });

  it("keeps experimental text", () => {
    const doc = buildDocComment(
      { description: "New.", experimental: "May change." },
      fixtureContext(),
    );
    expect(doc.comment).toBe("/**\n * New.\n *\n * @experimental May change.\n */");
    expect(tsdocMessages(doc.comment)).toEqual([]);
  });

  it("shows Godot literal defaults as written, even hostile ones", () => {
    for (const [literal, shown] of [
      ['&""', '`&""`'],
      ["[]", "`[]`"],
      ["{}", "`{}`"],
      ["a */ b", "`a *\\/ b`"],
      ["`x`", "<code>\\`x\\`</code>"],
    ] as const) {
      const doc = buildDocComment(
        { description: "Value.", defaultValue: literal },
        fixtureContext(),
      );
      expect(doc.comment).toBe(`/**\n * Value.\n *\n * @defaultValue ${shown}\n */`);
      expect(tsdocMessages(doc.comment)).toEqual([]);
    }
  });

  it("appends generator notes as escaped text", () => {
    const doc = buildDocComment(
      { description: "", notes: ["Bit flags of `Owner.Flags` {x}."] },
      fixtureContext(),
    );
    expect(doc.comment).toBe("/** Bit flags of \\`Owner.Flags\\` \\{x\\}. */");
    expect(tsdocMessages(doc.comment)).toEqual([]);
  });

  it("collects misses from every part, with the context's location", () => {
    const doc = buildDocComment(
      { brief: "[Node]", description: "[method nope]", deprecated: "[method Node.add_child]" },
      fixtureContext(),
    );
    expect(doc.misses.map((m) => [m.tag, m.target, m.outsideEmittedSet, m.loc?.line])).toEqual([
      ["class", "Node", true, 7],
      ["method", "nope", false, 7],
      ["method", "Node.add_child", true, 7],
    ]);
  });
});
