import { cp, mkdtemp, rename as rename_, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NO_OVERRIDES } from "../../codegen/emit/index.js";
import {
  readCorpus,
  runPipeline,
  type PipelineOptions,
  type StageTiming,
} from "../../codegen/index.js";
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

describe("pipeline: read and model file by file", () => {
  /** The godot4 fixture copied with its class files renamed; returns the docs root. */
  async function layout(rename: Record<string, string>): Promise<string> {
    const root = await mkdtemp(path.join(tmpdir(), "godot-typed-layout-"));
    await cp(path.join(fixtures, "godot4"), root, { recursive: true });
    const classes = path.join(root, "doc", "classes");
    for (const [from, to] of Object.entries(rename)) {
      await rename_(path.join(classes, from), path.join(classes, `${to}.tmp`));
    }
    for (const to of Object.values(rename)) {
      await rename_(path.join(classes, `${to}.tmp`), path.join(classes, to));
    }
    return root;
  }

  it.each([
    ["as Godot names its files", {}],
    ["with @GlobalScope in another file", { "@GlobalScope.xml": "globals.xml" }],
    [
      "with @GlobalScope.xml holding another class",
      { "@GlobalScope.xml": "Widget.xml", "Widget.xml": "@GlobalScope.xml" },
    ],
  ])("models what the two stages model, %s", { timeout: 60_000 }, async (_name, renames) => {
    const root = await layout(renames);
    try {
      const result = await runPipeline({
        docs: { root },
        selection: "all",
        overrides: NO_OVERRIDES,
        facade: null,
      });
      const staged = await readCorpus({ root });
      expect(result.linked.emitted.length).toBe(staged.classes.size);
      for (const [name, model] of staged.classes) expect(result.linked.get(name)).toEqual(model);
      // @GlobalScope's enums were known before Widget was modelled: Variant.Type is global.
      const kind = staged.classes
        .get("Widget")
        ?.methods.flatMap((method) => method.params)
        .find((param) => param.name === "kind");
      expect(kind?.type).toMatchObject({ kind: "enum", owner: null, name: "Variant.Type" });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
