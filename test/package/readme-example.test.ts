// The README's "Using the API" example must compile against the real package entry, so the
// README cannot drift from the API. The import of "godot-typed" is pointed at src/index.ts.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { typecheck } from "./typecheck.js";

const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");

function usageExample(): string {
  const section = readme.slice(readme.indexOf("## Using the API"));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error("README has no ts block under 'Using the API'");
  return match[1];
}

describe("README", () => {
  it("imports the package by name in its example", () => {
    expect(usageExample()).toContain('from "godot-typed"');
  });

  it("has a usage example that type-checks against the package entry", async () => {
    const file = resolve(import.meta.dirname, "fixtures", `.readme-example-${process.pid}.ts`);
    const source = usageExample().replace('from "godot-typed"', 'from "../../../src/index.js"');
    // Top-level await needs a module: the export makes the file one.
    writeFileSync(file, `${source}\nexport {};\n`);
    try {
      expect((await typecheck(file)).errors).toEqual([]);
    } finally {
      rmSync(file, { force: true });
    }
  }, 120_000);
});
