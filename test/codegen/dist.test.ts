import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docs3, docs4, repoRoot } from "./paths.js";

const SLOW = 240_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The compiled CLI, as the package's `bin` runs it: built by tsc into a folder of its own inside
 * the repository (so the package root and src/impl are found the way they are from dist/), then
 * run with plain node.
 */
describe("compiled CLI (dist)", () => {
  let built = "";
  let work = "";
  let main = "";

  beforeAll(async () => {
    const cacheRoot = path.join(repoRoot, "node_modules", ".cache");
    await mkdir(cacheRoot, { recursive: true });
    built = await mkdtemp(path.join(cacheRoot, "godot-typed-test-dist-"));
    work = await mkdtemp(path.join(tmpdir(), "godot-typed-dist-"));
    // Others' in-progress files may not type-check; tsc still emits, and main.js is what counts.
    spawnSync(
      process.execPath,
      [
        path.join(repoRoot, "node_modules", "typescript", "bin", "tsc"),
        "-p",
        "tsconfig.build.json",
        "--outDir",
        built,
        "--declaration",
        "false",
        "--sourceMap",
        "false",
      ],
      { cwd: repoRoot, timeout: SLOW, stdio: "ignore" },
    );
    main = path.join(built, "codegen", "cli", "main.js");
  }, SLOW);
  afterAll(async () => {
    await rm(built, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  function run(args: readonly string[], closeAfterFirstChunk = false): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [main, ...args], {
        cwd: repoRoot,
        env: { ...process.env, GODOT_TYPED_DOCS: "", GODOT_TYPED_OUT: "" },
        stdio: ["ignore", "pipe", "pipe"],
        timeout: SLOW,
      });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
        // What `| head -1` does: read a little, then close the pipe while output is still coming.
        if (closeAfterFirstChunk) child.stdout.destroy();
      });
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("was built", () => {
    expect(existsSync(main)).toBe(true);
  });

  it(
    "generates the bound set from the repository's config, identical to generated/",
    { timeout: SLOW },
    async () => {
      const check = await run(["generate", "--check", "--no-cache", "--quiet"]);
      expect(check.stderr).toBe("");
      expect(check.code).toBe(0);
      expect(check.stdout).toContain("generated is up to date (17 files)");

      const out = path.join(work, "bound");
      const fresh = await run(["generate", "--docs", docs4, "--out", out, "--quiet"]);
      expect(fresh.code).toBe(0);
      expect(fresh.stdout).toContain("17 files written");
      const again = await run(["generate", "--docs", docs4, "--out", out]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("up to date (cached; 17 files)");
    },
  );

  it("audits the implementation compiled beside it", { timeout: SLOW }, async () => {
    const audit = await run(["audit", "--format", "json"]);
    expect(audit.stderr).toBe("");
    expect(audit.code).toBe(0);
    const report = JSON.parse(audit.stdout) as { classes: unknown[] };
    expect(report.classes.length).toBeGreaterThan(0);
  });

  it("stops quietly when stdout is closed early (| head)", { timeout: SLOW }, async () => {
    const diff = await run(["diff", docs3, docs4], true);
    expect(diff.stderr).toBe("");
    expect(diff.stdout).toContain("API diff");
    expect(diff.stderr).not.toContain("EPIPE");
    expect(diff.code).toBe(0);
  });
});
