/**
 * codegen/emit/writer.ts takes ts-morph's CodeBlockWriter from ts-morph's own dependency instead
 * of loading ts-morph, whose bundle starts the whole TypeScript compiler. These checks fail if
 * ts-morph ever exports another writer, or if generating starts loading the compiler again.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { codeBlockWriterClass, newWriter } from "../../codegen/emit/writer.js";
import { docs4, repoRoot } from "../codegen/paths.js";

const tmp = await mkdtemp(path.join(os.tmpdir(), "godot-typed-writer-"));
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("the emit writer", () => {
  it("is the very class ts-morph exports as CodeBlockWriter", () => {
    const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");
    expect(codeBlockWriterClass()).toBe(tsMorph.CodeBlockWriter);
  });

  it("is configured like the prettier settings (two spaces, double quotes, LF)", () => {
    const w = newWriter();
    w.write("interface A").block(() => w.quote("x").write(";"));
    expect(w.toString()).toBe('interface A {\n  "x";\n}');
  });

  it("generates without loading ts-morph's bundle or the TypeScript compiler", async () => {
    // Preloaded into the CLI's process: at exit it lists the heavy CommonJS files that were loaded.
    const probe = path.join(tmp, "probe.mjs");
    await writeFile(
      probe,
      `import { createRequire } from "node:module";
       const require = createRequire(import.meta.url);
       process.on("exit", () => {
         const heavy = Object.keys(require.cache).filter((f) => /(typescript|ts-morph)\\.js$/.test(f));
         process.stderr.write("LOADED=" + JSON.stringify(heavy) + "\\n");
       });`,
    );
    const out = path.join(tmp, "out");
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--import", probe, path.join(repoRoot, "codegen/cli/main.ts")].concat([
        "generate",
        "--docs",
        docs4,
        "--out",
        out,
        "--no-cache",
      ]),
      {
        cwd: repoRoot,
        timeout: 120_000,
        env: { ...process.env, GODOT_TYPED_DOCS: "", GODOT_TYPED_OUT: "" },
      },
    );
    expect(stdout + stderr).toMatch(/files written/);
    expect(stderr).toContain("LOADED=[]");
  });
});
