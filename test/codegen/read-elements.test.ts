/**
 * The read stage's element trees come from fast-xml-parser, with lines from the tag scan. These
 * pin what the generator relies on: entity decoding, whitespace and CDATA kept, lines paired in
 * document order, and the `<constructor>` element that fast-xml-parser 5 refuses unless renamed.
 */
import { describe, expect, it } from "vitest";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";
import { parseClassFile } from "../../codegen/read/index.js";
import { CLASS_FILE_SCHEMA } from "../../codegen/read/schema.js";

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
