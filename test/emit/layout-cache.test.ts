/** The format stage's layout cache: prettier's own layouts, reused, and dropped when stale. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatFiles } from "../../codegen/format/index.js";

const LONG =
  "  connect_to_host(host: string, port?: number, tls_options?: TLSOptions | null, extra?: number): Error;";
const emitted = new Map([
  ["a.ts", ["export interface L {", LONG, "  short(): void;", "}"].join("\n")],
]);

describe("format layout cache", () => {
  let dir = "";
  let file = "";
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "godot-typed-layout-"));
    file = path.join(dir, "layouts.json");
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives prettier's output, remembers it, and reuses it on the next run", async () => {
    const plain = await formatFiles(emitted);
    const first = await formatFiles(emitted, { layoutCacheFile: file });
    expect(first).toEqual(plain);
    const saved = JSON.parse(await readFile(file, "utf8")) as {
      header: string;
      layouts: Record<string, string[]>;
    };
    const keys = Object.keys(saved.layouts);
    expect(keys).toHaveLength(1);
    expect(saved.layouts[keys[0] as string]?.[0]).toBe("  connect_to_host(");

    // Proof the second run reads the cache rather than prettier: a planted layout comes out.
    saved.layouts[keys[0] as string] = ["  planted(): Error;"];
    await writeFile(file, JSON.stringify(saved));
    const second = await formatFiles(emitted, { layoutCacheFile: file });
    expect(second.get("a.ts")).toContain("  planted(): Error;");
  });

  it("ignores a cache written for other prettier settings or version", async () => {
    await formatFiles(emitted, { layoutCacheFile: file });
    const saved = JSON.parse(await readFile(file, "utf8")) as {
      header: string;
      layouts: Record<string, string[]>;
    };
    for (const key of Object.keys(saved.layouts)) saved.layouts[key] = ["  planted(): Error;"];
    await writeFile(file, JSON.stringify({ ...saved, header: `${saved.header} (other)` }));
    const out = await formatFiles(emitted, { layoutCacheFile: file });
    expect(out).toEqual(await formatFiles(emitted));
  });
});
