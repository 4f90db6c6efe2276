import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { unsupportedMembers } from "../../src/impl/core/unsupported.js";
import * as implementations from "../../src/impl/index.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const classesDir = path.resolve(repoRoot, "../shared/godot-docs/4.6.3/doc/classes");

/** Method and member names of one class, read straight from the engine's XML. */
function documentedMembers(className: string): Set<string> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const xml = parser.parse(readFileSync(path.join(classesDir, `${className}.xml`), "utf8")) as {
    class: {
      methods?: { method?: { name: string }[] }[];
      members?: { member?: { name: string }[] }[];
    }[];
  };
  const root = xml.class[0]!;
  const names = new Set<string>();
  for (const method of root.methods?.[0]?.method ?? []) names.add(method.name);
  for (const member of root.members?.[0]?.member ?? []) names.add(member.name);
  return names;
}

describe("unsupported members list", () => {
  const entries = Object.entries(unsupportedMembers).flatMap(([className, members]) =>
    Object.entries(members).map(([member, reason]) => [className, member, reason] as const),
  );

  it("is not empty", () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)("%s.%s is a documented member, with a reason", (className, member, reason) => {
    expect(documentedMembers(className).has(member)).toBe(true);
    expect(reason.length).toBeGreaterThan(20);
  });

  it("listed methods that exist only take the engine's failure path", () => {
    const object = new implementations.Object();
    object.set_script({});
    expect(object.get_script()).toBeNull();
  });
});
