import {
  appendFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_RECORDS } from "../../codegen/cache/index.js";
import { runCli } from "../../codegen/cli/run.js";
import { fixtures } from "./paths.js";

/** In-process CLI runs against a project of its own: fixture docs copied so a test can edit them. */
describe("generate: incremental no-change regeneration", () => {
  let work = "";
  let docs = "";
  let out = "";
  let overrides = "";

  async function generate(...args: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await runCli(["generate", "--all", "--out", out, ...args], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: work,
      env: {},
    });
    return { code, stdout, stderr };
  }

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), "godot-typed-cache-"));
    docs = path.join(work, "docs");
    out = path.join(work, "out");
    overrides = path.join(work, "overrides.json");
    await cp(path.join(fixtures, "godot4"), docs, { recursive: true });
    await writeFile(overrides, JSON.stringify({ methods: {}, properties: {} }));
    await writeFile(
      path.join(work, "godot-typed.config.json"),
      JSON.stringify({ docs: "docs", overrides: "overrides.json", manifest: null }),
    );
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("skips every stage on a second run and on --check, and records outside the output", async () => {
    const first = await generate();
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("[generate] cache: miss");
    expect(first.stderr).toContain("[generate] read:");
    const written = await readdir(out);

    const second = await generate();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("up to date (cached");
    expect(second.stdout).toContain("classes: 10 emitted");
    expect(second.stderr).toContain("[generate] cache: hit");
    expect(second.stderr).not.toContain("[generate] read:");

    const check = await generate("--check");
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("up to date (cached");

    // The record lives in the project's cache folder, never among the generated files.
    expect(await readdir(out)).toEqual(written);
    const cached = await readdir(path.join(work, ".cache", "godot-typed"));
    // One run record, beside the format stage's layout cache.
    expect(cached).toContain("prettier-layouts.json");
    const records = cached.filter((name) => name !== "prettier-layouts.json");
    expect(records).toHaveLength(1);
    const record = JSON.parse(
      await readFile(path.join(work, ".cache", "godot-typed", records[0] as string), "utf8"),
    ) as { files: Record<string, string> };
    expect(Object.keys(record.files).sort()).toEqual([...written].sort());
  });

  it("runs again when a class file changes", async () => {
    expect((await generate()).code).toBe(0);
    const widget = path.join(docs, "doc", "classes", "Widget.xml");
    const text = await readFile(widget, "utf8");
    await writeFile(widget, text.replace("</class>", "<!-- touched --></class>"));
    const again = await generate();
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("[generate] cache: miss");
    expect(again.stdout).toContain("files written");
  });

  it("runs again when the overrides file changes", async () => {
    expect((await generate()).code).toBe(0);
    await writeFile(overrides, JSON.stringify({ $comment: "edited", methods: {}, properties: {} }));
    const again = await generate();
    expect(again.stderr).toContain("[generate] cache: miss");
    expect(again.stdout).not.toContain("(cached");
  });

  it("runs again when the options change", async () => {
    expect((await generate()).code).toBe(0);
    const again = await generate("--docs-url", "https://example.com/docs");
    expect(again.stderr).toContain("[generate] cache: miss");
  });

  it("still catches a hand-edited, removed or added generated file with --check", async () => {
    expect((await generate()).code).toBe(0);
    expect((await generate("--check")).stdout).toContain("(cached");

    await appendFile(path.join(out, "Widget.ts"), "// hand edit\n");
    const edited = await generate("--check");
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain("differs Widget.ts");

    // A plain generate repairs it, then the cache applies again.
    expect((await generate()).stdout).toContain("files written");
    expect((await generate("--check")).stdout).toContain("(cached");

    await rm(path.join(out, "index.ts"));
    const removed = await generate("--check");
    expect(removed.code).toBe(1);
    expect(removed.stdout).toContain("missing index.ts");

    expect((await generate()).code).toBe(0);
    await writeFile(path.join(out, "Extra.ts"), "export {};\n");
    const added = await generate("--check");
    expect(added.code).toBe(1);
    expect(added.stdout).toContain("extra   Extra.ts");
  });

  it("keeps at most MAX_RECORDS run records, dropping the oldest", async () => {
    const dir = path.join(work, ".cache", "godot-typed");
    await mkdir(dir, { recursive: true });
    const stale = Array.from({ length: MAX_RECORDS + 6 }, (_, i) =>
      path.join(dir, `${i.toString(16).padStart(16, "0")}.json`),
    );
    const longAgo = new Date(Date.UTC(2020, 0, 1));
    for (const file of stale) {
      await writeFile(file, "{}");
      await utimes(file, longAgo, longAgo);
    }
    expect((await generate()).code).toBe(0);
    const records = (await readdir(dir)).filter((name) => name !== "prettier-layouts.json");
    expect(records).toHaveLength(MAX_RECORDS);
    // This run's record is the newest, so it survives; a second run is a hit.
    expect((await generate()).stdout).toContain("(cached");
  });

  it("--no-cache runs every stage", async () => {
    expect((await generate()).code).toBe(0);
    const forced = await generate("--no-cache");
    expect(forced.code).toBe(0);
    expect(forced.stderr).not.toContain("[generate] cache:");
    expect(forced.stderr).toContain("[generate] read:");
    expect(forced.stdout).toContain("files written");
  });
});
