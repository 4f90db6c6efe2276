/**
 * The read stage's element trees come from fast-xml-parser, with lines from the tag scan. These
 * pin what the generator relies on: entity decoding, whitespace and CDATA kept, lines paired in
 * document order, and the `<constructor>` element that fast-xml-parser 5 refuses unless renamed.
 */
import { describe, expect, it } from "vitest";
import { parseClassFile } from "../../codegen/read/index.js";

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
    expect(Object.getPrototypeOf(constructor?.attrs)).toBeNull();
  });
});
