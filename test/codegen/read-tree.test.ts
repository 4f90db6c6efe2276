/**
 * The read stage builds element trees itself (codegen/read/build-tree.ts) instead of through
 * fast-xml-parser. This holds its trees equal to the ones fast-xml-parser gives with the options
 * the reader used before, over both full corpora and a few hand-made edge cases.
 */
import { readFile } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { RawElement } from "../../codegen/ir/raw.js";
import { parseClassFile } from "../../codegen/read/index.js";
import { discoverClassFiles } from "../../codegen/read/discover.js";
import { docs3, docs4 } from "./paths.js";

const PREFIX = "<";
const reference = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  jPath: false,
  transformTagName: (name) => (name.startsWith(PREFIX) ? name : PREFIX + name),
});

type Node = Record<string, unknown>;

/** fast-xml-parser's ordered output as RawElements, lines left out (compared separately). */
function toElement(node: Node): Omit<RawElement, "line" | "children"> & { children: unknown[] } {
  const key = Object.keys(node).find((k) => k !== ":@") ?? "";
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries((node[":@"] ?? {}) as Record<string, unknown>))
    attrs[name] = String(value);
  let text = "";
  const children: unknown[] = [];
  for (const child of (node[key] ?? []) as Node[]) {
    if ("#text" in child) text += String(child["#text"]);
    else children.push(toElement(child));
  }
  return { name: key.slice(PREFIX.length), attrs, text, children };
}

function withoutLines(element: RawElement): unknown {
  return {
    name: element.name,
    attrs: { ...element.attrs },
    text: element.text,
    children: element.children.map(withoutLines),
  };
}

function referenceRoot(text: string): unknown {
  const nodes = (reference.parse(text) as Node[]).filter((node) => !("#text" in node));
  return toElement(nodes[0] as Node);
}

describe("read: element trees", () => {
  it.each([
    ["4.6.3", docs4],
    ["3.6", docs3],
  ])("equal fast-xml-parser's over the whole %s corpus", { timeout: 120_000 }, async (_v, root) => {
    const files = await discoverClassFiles(root);
    expect(files.length).toBeGreaterThan(500);
    const differing: string[] = [];
    for (const file of files) {
      const text = await readFile(file, "utf8");
      const ours = withoutLines(parseClassFile(text, file).root);
      if (JSON.stringify(ours) !== JSON.stringify(referenceRoot(text))) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  it("decodes entities, keeps numeric references, CDATA and whitespace as fast-xml-parser did", () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8" ?>',
      '<class name="A &amp; B" inherits="x&#65;" version=\'3\'>',
      "\t<brief_description>t &#65; &amp;lt; &lt;&gt;&quot;&apos; <![CDATA[c <d> &amp;]]> e<!-- cm --> f</brief_description>",
      '\t<members><member name="m" type="int" setter="" getter="" default="1"/></members>',
      "</class>",
      "",
    ].join("\n");
    const root = parseClassFile(text, "edge.xml").root;
    expect(withoutLines(root)).toEqual(referenceRoot(text));
    expect(root.attrs["name"]).toBe("A & B");
    expect(root.children[0]?.text).toBe("t &#65; &lt; <>\"' c <d> &amp; e f");
    expect(root.children[1]?.children[0]?.line).toBe(4);
  });
});
