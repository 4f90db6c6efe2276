/**
 * codegen/emit/code-cache.ts loads ts-morph through a V8 code cache kept in
 * node_modules/.cache/godot-typed/code-cache. Each check runs in a fresh Node process, as the CLI
 * does: a run with a good cache must not rewrite it (v8-compile-cache, tried before, rewrote its
 * whole blob at every exit), and a corrupt cache file must be rejected, replaced and cost nothing
 * but time.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const cacheDir = path.join(repoRoot, "node_modules/.cache/godot-typed/code-cache");
const moduleUrl = new URL("../../codegen/emit/code-cache.ts", import.meta.url).href;
// On Node 22.1+ the built-in compile cache is used instead and this folder is not written.
const nodeModule = (await import("node:module")).default as { enableCompileCache?: unknown };
const ownCache = typeof nodeModule.enableCompileCache !== "function";

/** Loads ts-morph through the cache in a fresh process and writes with its CodeBlockWriter. */
async function loadInFreshProcess(): Promise<string> {
  const script = `
    import { requireTsMorph } from ${JSON.stringify(moduleUrl)};
    const writer = new (requireTsMorph().CodeBlockWriter)();
    writer.write("const a = 1;");
    console.log(writer.toString());
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script],
    { cwd: repoRoot, timeout: 60_000 },
  );
  return stdout.trim();
}

function cacheFiles(): Map<string, { mtimeMs: number; size: number }> {
  const files = new Map<string, { mtimeMs: number; size: number }>();
  for (const name of readdirSync(cacheDir)) {
    if (!name.endsWith(".bin")) continue;
    const { mtimeMs, size } = statSync(path.join(cacheDir, name));
    files.set(name, { mtimeMs, size });
  }
  return files;
}

describe.runIf(ownCache)("ts-morph through a V8 code cache", () => {
  it("writes one cache file per bundle, and a run with a good cache leaves them alone", async () => {
    expect(await loadInFreshProcess()).toBe("const a = 1;");
    const first = cacheFiles();
    const bundles = [...first.keys()].map((name) => name.replace(/@[^@]*$/, "")).sort();
    expect(bundles).toEqual([
      "ts-morph-common.js-@ts-morph+common",
      "ts-morph.js-ts-morph",
      "typescript.js-@ts-morph+common",
    ]);
    for (const { size } of first.values()) expect(size).toBeGreaterThan(100_000);
    expect(await loadInFreshProcess()).toBe("const a = 1;");
    expect(cacheFiles()).toEqual(first);
  }, 120_000);

  it("replaces a corrupt cache file and still loads ts-morph", async () => {
    await loadInFreshProcess();
    const name = [...cacheFiles().keys()].find((file) => file.startsWith("typescript.js-"));
    expect(name).toBeDefined();
    const file = path.join(cacheDir, name as string);
    writeFileSync(file, Buffer.alloc(4096, 0x5a));
    expect(await loadInFreshProcess()).toBe("const a = 1;");
    const rewritten = readFileSync(file);
    expect(rewritten.length).toBeGreaterThan(100_000);
    expect(rewritten.subarray(0, 4096).equals(Buffer.alloc(4096, 0x5a))).toBe(false);
  }, 120_000);
});
