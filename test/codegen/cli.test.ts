import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docs4, fixtures, repoRoot } from "./paths.js";
import { runCliProcess } from "./run-cli.js";

const SLOW = 180_000;

async function tree(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")] as const),
    ),
  );
}

describe("CLI", () => {
  let work = "";
  let config = "";
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "godot-typed-cli-"));
    // A config of its own, so the runs depend neither on the repo's overrides nor its manifest.
    config = path.join(work, "godot-typed.config.json");
    await writeFile(
      config,
      JSON.stringify({ overrides: null, manifest: null, docs: path.join(fixtures, "godot4") }),
    );
  });
  afterAll(async () => {
    await rm(work, { recursive: true });
  });

  it("prints help with exit 0", { timeout: SLOW }, async () => {
    const top = await runCliProcess(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Commands:\n {2}generate {2}/);
    const generate = await runCliProcess(["generate", "--help"]);
    expect(generate.code).toBe(0);
    expect(generate.stdout).toContain("--check");
    expect(generate.stdout).toContain("GODOT_TYPED_DOCS");
  });

  it.each([
    [[], "Usage: godot-typed <command>"],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["generate", "--classes", "Widget", "--all"], "--classes and --all exclude each other"],
    [["generate", "--bogus"], "Unknown option '--bogus'"],
  ])("exits 2 on a usage error: %j", { timeout: SLOW }, async (args, message) => {
    const run = await runCliProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain(message);
  });

  it(
    "exits 1 naming file and line for malformed XML and for a dangling type",
    { timeout: SLOW },
    async () => {
      const malformed = path.join(fixtures, "bad/malformed.xml");
      const bad = await runCliProcess([
        "generate",
        "--config",
        config,
        "--docs",
        malformed,
        "--all",
        "--out",
        path.join(work, "x"),
      ]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain(`godot-typed: error: ${malformed}:15: malformed XML`);

      const dangling = await runCliProcess([
        "generate",
        "--config",
        config,
        "--docs",
        path.join(fixtures, "dangling"),
        "--classes",
        "Lonely",
        "--out",
        path.join(work, "x"),
      ]);
      expect(dangling.code).toBe(1);
      expect(dangling.stderr).toContain(
        `${path.join(fixtures, "dangling/Lonely.xml")}:13: unknown type: class Ghost`,
      );
      // Nothing was written by either failed run.
      expect(await readdir(work)).toEqual(["godot-typed.config.json"]);
    },
  );

  it(
    "generates, checks, detects staleness, and regenerates byte-identically",
    { timeout: SLOW },
    async () => {
      const out = path.join(work, "out");
      const generate = ["generate", "--config", config, "--all", "--out", out];
      const first = await runCliProcess(generate);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain("classes: 10 emitted");
      expect(first.stderr).toContain("[generate] read: 10 class files");
      const written = await tree(out);
      expect([...written.keys()]).toContain("Widget.ts");

      const fresh = await runCliProcess([...generate, "--check", "--quiet"]);
      expect(fresh.code).toBe(0);
      expect(fresh.stdout).toContain("is up to date");
      expect(fresh.stderr).toBe("");

      await appendFile(path.join(out, "Widget.ts"), "// hand edit\n");
      await writeFile(path.join(out, "Leftover.ts"), "export {};\n");
      await rm(path.join(out, "index.ts"));
      const stale = await runCliProcess([...generate, "--check", "--quiet"]);
      expect(stale.code).toBe(1);
      expect(stale.stdout).toContain("1 differing, 1 missing, 1 extra");
      expect(stale.stdout).toContain("differs Widget.ts");
      expect(stale.stdout).toContain("missing index.ts");
      expect(stale.stdout).toContain("extra   Leftover.ts");

      const again = await runCliProcess([...generate, "--quiet"]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("1 stale removed");
      expect(await tree(out)).toEqual(written);
    },
  );

  it(
    "generates the bound set from the real 4.6.3 docs, with the facade",
    { timeout: SLOW },
    async () => {
      const boundConfig = path.join(work, "bound.json");
      await writeFile(
        boundConfig,
        JSON.stringify({
          overrides: null,
          docs: docs4,
          manifest: path.join(repoRoot, "codegen/manifest.json"),
        }),
      );
      const out = path.join(work, "bound");
      const run = await runCliProcess([
        "generate",
        "--config",
        boundConfig,
        "--out",
        out,
        "--quiet",
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Godot 4.6.3, docs https://docs.godotengine.org/en/4.6");
      expect(run.stdout).toContain("classes: 12 emitted");
      const files = await readdir(out);
      for (const name of [
        "HTTPClient.ts",
        "StreamPeerTLS.ts",
        "Object.ts",
        "GlobalScope.ts",
        "facade.ts",
        "metadata.ts",
      ]) {
        expect(files).toContain(name);
      }
      await rm(out, { recursive: true });
    },
  );
});
