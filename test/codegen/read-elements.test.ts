/**
 * The read stage's element trees come from fast-xml-parser, with lines from the tag scan. These
 * pin what the generator relies on: entity decoding, whitespace and CDATA kept, lines paired in
 * document order, and the `<constructor>` element that fast-xml-parser 5 refuses unless renamed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";
import type { RawElement } from "../../codegen/ir/raw.js";
import { parseClassFile } from "../../codegen/read/index.js";
import { parseElementsInFull, withoutRawText } from "../../codegen/read/parse-file.js";
import { scanTags } from "../../codegen/read/scan-tags.js";
import { CLASS_FILE_SCHEMA } from "../../codegen/read/schema.js";
import {
  classFileParser,
  decodeRawText,
  RAW_TEXT_ELEMENTS,
  type OrderedNode,
} from "../../codegen/read/xml-parser.js";
import { docs3, docs4 } from "./paths.js";

/** The read stage without its fast path: every element parsed by fast-xml-parser in full. */
function parseInFull(text: string, file: string): RawElement {
  const scan = scanTags(text);
  if (!scan.ok) throw new Error(`${file}: ${scan.problem.message}`);
  const root = parseElementsInFull(text, file, scan.openings)[0];
  if (root === undefined) throw new Error(`${file}: no root`);
  return root;
}

describe("read: element trees", () => {
  it("decodes the XML entities, keeps numeric references, CDATA and whitespace", () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8" ?>',
      '<class name="A &amp; B" inherits="x&#65;" version=\'3\'>',
      "\t<brief_description>t &#65; &amp;lt; &lt;&gt;&quot;&apos; <![CDATA[c <d> &amp;]]> e<!-- cm --> f</brief_description>",
      '\t<members><member name="m" type="int" setter="" getter="" default="1"/></members>',
      "</class>",
      "",
    ].join("\n");
    const root = parseClassFile(text, "edge.xml").root;
    expect(root.attrs["name"]).toBe("A & B");
    expect(root.attrs["inherits"]).toBe("x&#65;");
    expect(root.children[0]?.text).toBe("t &#65; &lt; <>\"' c <d> &amp; e f");
    expect(root.children[1]?.children[0]?.line).toBe(4);
    expect(root.children[1]?.children[0]?.attrs["default"]).toBe("1");
  });

  it("reads <constructor> elements and pairs every element with its line", () => {
    const text = [
      '<class name="Vector2">',
      "\t<constructors>",
      '\t\t<constructor name="Vector2">',
      '\t\t\t<return type="Vector2" />',
      "\t\t\t<description>made</description>",
      "\t\t</constructor>",
      "\t</constructors>",
      "</class>",
    ].join("\n");
    const root = parseClassFile(text, "ctor.xml").root;
    const constructor = root.children[0]?.children[0];
    expect(constructor?.name).toBe("constructor");
    expect(constructor?.attrs["name"]).toBe("Vector2");
    expect(constructor?.line).toBe(3);
    expect(constructor?.children.map((child) => [child.name, child.line])).toEqual([
      ["return", 4],
      ["description", 5],
    ]);
  });

  // attrs is the parser's plain object, not a null-prototype copy. That is safe because the model
  // only looks up schema attribute names (none is an Object.prototype key) and any other name is
  // refused at its line, the prototype's own names included.
  it("keeps Object.prototype names out of attribute lookups", () => {
    for (const [element, rule] of CLASS_FILE_SCHEMA) {
      for (const attribute of rule.attributes) {
        expect(attribute in Object.prototype, `<${element} ${attribute}>`).toBe(false);
      }
    }
    for (const name of ["constructor", "__proto__", "prototype", "toString", "hasOwnProperty"]) {
      const text = [
        '<class name="A">',
        `\t<members><member name="m" ${name}="x"/></members>`,
        "</class>",
      ];
      let error: unknown = null;
      try {
        parseClassFile(text.join("\n"), "proto.xml");
      } catch (caught) {
        error = caught;
      }
      expect(error, name).toBeInstanceOf(GeneratorInputError);
      expect((error as GeneratorInputError).message).toContain(
        `unknown attribute "${name}" on <member>`,
      );
      expect((error as GeneratorInputError).line).toBe(2);
    }
  });
});

describe("read: raw-text fast path", () => {
  it("is on: the parser gets the structure, text-only contents cut out and taken from the text", () => {
    expect([...RAW_TEXT_ELEMENTS].sort()).toEqual([
      "brief_description",
      "constant",
      "description",
      "link",
      "member",
      "theme_item",
    ]);
    const text = [
      '<class name="A">',
      "<description>a &lt; b</description>",
      '<members><member name="m"/><member name="n">x\ny</member></members>',
      "</class>",
    ].join("\n");
    const scan = scanTags(text);
    if (!scan.ok) throw new Error(scan.problem.message);
    expect(withoutRawText(text, scan.openings)).toBe(
      [
        '<class name="A">',
        "<description></description>",
        '<members><member name="m"/><member name="n"></member></members>',
        "</class>",
      ].join("\n"),
    );
    const root = parseClassFile(text, "cut.xml").root;
    expect(root.children.map((child) => child.text)).toEqual(["a < b", ""]);
    expect(root.children[1]?.children.map((member) => member.text)).toEqual(["", "x\ny"]);
    expect(root).toEqual(parseInFull(text, "cut.xml"));
    const comment = '<class name="A"><description>a <!-- b --></description></class>';
    const commented = scanTags(comment);
    expect(commented.ok && withoutRawText(comment, commented.openings)).toBeNull();
  });

  it("leaves attributes to the tag scan, which reads and decodes them as the full parse", () => {
    const text = [
      '<class name="A" inherits="B&amp;lt;C" keywords="&quot;x&apos; &#38; &lt;y&gt;">',
      "<methods><method name='m' qualifiers=\"a 'b'\" >",
      '<param index="0" name="p" type="int" default="&quot;&gt;&quot;"/>',
      "</method></methods></class>",
    ].join("\n");
    const nodes = classFileParser.parse(text) as OrderedNode[];
    expect(JSON.stringify(nodes)).not.toContain("inherits");
    const scan = scanTags(text);
    expect(scan.ok && scan.openings.map((opening) => opening.attrs)).toEqual([
      { name: "A", inherits: "B&lt;C", keywords: "\"x' &#38; <y>" },
      {},
      { name: "m", qualifiers: "a 'b'" },
      { index: "0", name: "p", type: "int", default: '">"' },
    ]);
    const root = parseClassFile(text, "attributes.xml").root;
    expect(root.attrs).toEqual({ name: "A", inherits: "B&lt;C", keywords: "\"x' &#38; <y>" });
    expect(root).toEqual(parseInFull(text, "attributes.xml"));
  });

  it("reads line ends as the full parse does, in attributes and raw text alike", () => {
    const text =
      '<class name="A" keywords="a\r\nb\rc">\r\n<brief_description>x\r\ny\rz</brief_description>\r\n</class>\r\n';
    const root = parseClassFile(text, "crlf.xml").root;
    expect(root.attrs["keywords"]).toBe("a\nb\nc");
    expect(root.children[0]?.text).toBe("x\ny\nz");
    expect(root).toEqual(parseInFull(text, "crlf.xml"));
  });

  it("decodes as the full parse does: named entities once, character references kept", () => {
    const content = "&amp;lt; &amp;amp; &#60; &#x3C; &lt;b&gt; &quot;x&apos; &lt;&lt; plain";
    const text = `<class name="A"><brief_description>${content}</brief_description></class>`;
    const full = parseInFull(text, "entities.xml").children[0]?.text;
    expect(full).toBe("&lt; &amp; &#60; &#x3C; <b> \"x' << plain");
    expect(decodeRawText(content)).toBe(full);
    expect(parseClassFile(text, "entities.xml").root).toEqual(parseInFull(text, "entities.xml"));
  });

  it("leaves markup inside a text-only element to the full parse, errors included", () => {
    const comment =
      '<class name="A"><description>a <!-- x --> b <![CDATA[<c>]]></description></class>';
    expect(parseClassFile(comment, "comment.xml").root.children[0]?.text).toBe("a  b <c>");
    const misplaced = [
      '<class name="A">',
      "<description>a",
      "<b>bold</b></description>",
      "</class>",
    ];
    const error = (() => {
      try {
        parseClassFile(misplaced.join("\n"), "misplaced.xml");
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(GeneratorInputError);
    expect(String(error)).toContain("<b>");
    expect((error as GeneratorInputError).line).toBe(3);
  });

  it("gives the full parse's trees for every class file of both corpora", () => {
    let files = 0;
    for (const docs of [docs4, docs3]) {
      const dir = path.join(docs, "doc/classes");
      for (const name of readdirSync(dir).filter((entry) => entry.endsWith(".xml"))) {
        const file = path.join(dir, name);
        const text = readFileSync(file, "utf8");
        expect(parseClassFile(text, file).root, name).toEqual(parseInFull(text, file));
        files += 1;
      }
    }
    expect(files).toBeGreaterThan(1400);
  }, 60_000);
});

describe("read: the tag scan", () => {
  const tag = (attributes: string): string =>
    `<class name="A">\n<member${attributes} />\n</class>\n`;

  it("finds a repeated attribute however it is spaced or quoted, and names it", () => {
    for (const attributes of [
      ' name="x" name="y"',
      ` type="int" name='x' type = 'int'`,
      ' name="x"\n\tname="y"',
      ' a="" bb="" a=""',
    ]) {
      const scan = scanTags(tag(attributes));
      expect(scan.ok, attributes).toBe(false);
      if (!scan.ok) {
        expect(scan.problem.line).toBe(2);
        expect(scan.problem.message).toMatch(/^attribute "(name|type|a)" is repeated on <member>$/);
      }
    }
  });

  it("accepts distinct names of equal length and values holding quotes, '=' and '/'", () => {
    for (const attributes of [
      ' name="x" type="y" enum="z"',
      ` default="a='b'" name="x"`,
      ` name='say "hi"' type="a=b/c"`,
      ' ab="1" ba="2" a="3" b="4"',
    ]) {
      const scan = scanTags(tag(attributes));
      expect(scan.ok, attributes).toBe(true);
      if (scan.ok)
        expect(scan.openings.map((o) => `${o.name}:${o.line}`)).toEqual(["class:1", "member:2"]);
    }
  });

  it("tells self-closing tags from open ones by their end", () => {
    expect(scanTags('<class name="A/">\n<members/>\n</class>').ok).toBe(true);
    const unclosed = scanTags('<class name="A/">\n<members>\n</class>');
    expect(unclosed.ok).toBe(false);
    if (!unclosed.ok) expect(unclosed.problem.message).toContain("does not match <members>");
  });
});
