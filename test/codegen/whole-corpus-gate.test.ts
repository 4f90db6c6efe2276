import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docs3, docs4, repoRoot } from "./paths.js";
import { runCliProcess } from "./run-cli.js";

/**
 * The whole-corpus gate (issue 2): every class of each real corpus generates, and the output
 * type-checks with the strict flags below and zero errors.
 */
const TSC_FLAGS = [
  "--noEmit",
  "--strict",
  "--erasableSyntaxOnly",
  "--isolatedModules",
  "--verbatimModuleSyntax",
  "--module",
  "nodenext",
  "--moduleResolution",
  "nodenext",
  "--target",
  "es2022",
  "--skipLibCheck",
];
const GATE_TIMEOUT = 900_000;

function typeCheck(
  dir: string,
  files: readonly string[],
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    const child = spawn(process.execPath, [tsc, ...TSC_FLAGS, ...files], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: GATE_TIMEOUT,
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("whole-corpus gate", () => {
  let work = "";
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "godot-typed-gate-"));
    // The output is ESM like the package; nodenext needs the nearest package.json to say so.
    await writeFile(path.join(work, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(
      path.join(work, "godot-typed.config.json"),
      JSON.stringify({ overrides: null, manifest: null }),
    );
  });
  afterAll(async () => {
    await rm(work, { recursive: true });
  });

  const cases: [label: string, docs: string, classes: number, extra: string[]][] = [
    ["4.6.3", docs4, 912, []],
    // This copy of 3.6 lacks the modules' docs, and @GlobalScope names one of their classes.
    ["3.6", docs3, 601, ["--allow-unknown-types"]],
  ];

  it.each(cases)(
    "Godot %s: generate --all, then tsc with zero errors",
    { timeout: GATE_TIMEOUT },
    async (label, docs, classes, extra) => {
      const out = path.join(work, `out-${label}`);
      const generate = await runCliProcess(
        [
          "generate",
          "--config",
          path.join(work, "godot-typed.config.json"),
          "--docs",
          docs,
          "--all",
          "--out",
          out,
          "--quiet",
          ...extra,
        ],
        { timeoutMs: GATE_TIMEOUT },
      );
      expect(generate.stderr).toBe("");
      expect(generate.code).toBe(0);
      expect(generate.stdout).toContain(`classes: ${classes} emitted`);

      const files = (await readdir(out))
        .filter((name) => name.endsWith(".ts"))
        .map((name) => path.join(out, name));
      expect(files.length).toBeGreaterThan(classes / 2);
      const check = await typeCheck(work, files);
      expect(
        check.output
          .split("\n")
          .filter((line) => line.includes("error TS"))
          .slice(0, 20),
      ).toEqual([]);
      expect(check.code).toBe(0);
    },
  );
});
