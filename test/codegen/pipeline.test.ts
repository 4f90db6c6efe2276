import path from "node:path";
import { describe, expect, it } from "vitest";
import { NO_OVERRIDES } from "../../codegen/emit/index.js";
import { runPipeline, type PipelineOptions, type StageTiming } from "../../codegen/index.js";
import { boundSet, docs4, fixtures } from "./paths.js";

describe("pipeline", () => {
  it("runs every stage in order and reports stats", { timeout: 120_000 }, async () => {
    const seen: StageTiming[] = [];
    const result = await runPipeline({
      docs: { root: path.join(fixtures, "godot4") },
      selection: { classes: ["Widget"] },
      overrides: NO_OVERRIDES,
      facade: null,
      onStage: (timing) => seen.push(timing),
    });
    expect(seen.map((timing) => timing.stage)).toEqual([
      "read",
      "model",
      "resolve",
      "docs",
      "emit",
      "format",
    ]);
    expect(seen[0]?.detail).toBe("10 class files");
    // The docs stage runs inside emit and is timed there: a count of the comments it rendered,
    // and time that the emit stage's own figure leaves out.
    expect(seen[3]?.detail).toMatch(/^[1-9]\d* doc comments, \d+ link misses$/);
    expect(seen[3]?.ms).toBeGreaterThan(0);
    expect(seen[4]?.ms).toBeGreaterThan(0);
    expect(result.stats.timings).toEqual(seen);
    expect(result.stats.classes).toBe(4);
    // Widget 7 methods + 5 properties + 1 signal + 5 constants; Object 1 method; @GlobalScope 1 property + 5 constants.
    expect(result.stats.members).toBe(25);
    expect(result.stats.stubs).toBe(1);
    expect(result.stats.builtinStubs).toBe(2);
    expect(result.stats.docsVersion).toBeNull();
    expect(result.stats.docsUrl).toBe("https://docs.godotengine.org/en/stable");
    expect([...result.files.keys()]).toEqual([...result.files.keys()].sort());
    expect(result.files.has("Widget.ts")).toBe(true);
    expect(result.files.has("Helper.ts")).toBe(false);
  });

  it("applies version and docs URL overrides", { timeout: 120_000 }, async () => {
    const base: PipelineOptions = {
      docs: { root: path.join(fixtures, "godot3") },
      selection: "all",
      overrides: NO_OVERRIDES,
      facade: null,
    };
    expect((await runPipeline(base)).stats.docsUrl).toBe("https://docs.godotengine.org/en/3.6");
    expect((await runPipeline({ ...base, version: "3.5.3" })).stats.docsUrl).toBe(
      "https://docs.godotengine.org/en/3.5",
    );
    expect(
      (await runPipeline({ ...base, docsUrl: "https://example.invalid/docs" })).stats.docsUrl,
    ).toBe("https://example.invalid/docs");
  });

  it(
    "is deterministic: two runs over the real bound set give identical files",
    { timeout: 180_000 },
    async () => {
      const options: PipelineOptions = {
        docs: { root: docs4 },
        selection: { classes: [...boundSet] },
        overrides: NO_OVERRIDES,
        facade: { implementationModule: "../src/impl/index.js", classes: [...boundSet] },
      };
      const first = await runPipeline(options);
      const second = await runPipeline(options);
      expect(first.files.size).toBeGreaterThan(12);
      expect([...second.files.keys()]).toEqual([...first.files.keys()]);
      for (const [name, content] of first.files) expect(second.files.get(name), name).toBe(content);
      expect(second.stats.classes).toBe(12);
    },
  );
});
