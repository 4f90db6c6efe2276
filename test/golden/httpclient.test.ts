/**
 * Golden test: HTTPClient's generated file, produced by the real pipeline from the 4.6.3 docs,
 * against the committed baseline. After an intended change, refresh it with
 * `UPDATE_GOLDEN=1 npx vitest run test/golden` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOverrides } from "../../codegen/emit/index.js";
import { runPipeline } from "../../codegen/pipeline.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const docs4 = path.resolve(repoRoot, "../shared/godot-docs/4.6.3");
// Not `.ts`: the baseline is data, kept out of tsc, eslint and prettier.
const BASELINES = ["HTTPClient.ts", "metadata.ts"];

describe("golden: generated HTTPClient (Godot 4.6.3)", () => {
  it("matches the committed baselines", { timeout: 60_000 }, async () => {
    const manifest = JSON.parse(
      readFileSync(path.join(repoRoot, "codegen/manifest.json"), "utf8"),
    ) as {
      classes: string[];
      implementation: string;
    };
    const result = await runPipeline({
      docs: { root: docs4 },
      selection: { classes: manifest.classes },
      overrides: loadOverrides(path.join(repoRoot, "codegen/overrides.json")),
      facade: { implementationModule: manifest.implementation, classes: manifest.classes },
    });
    for (const name of BASELINES) {
      const actual = result.files.get(name);
      expect(actual, name).toBeDefined();
      const baseline = path.join(import.meta.dirname, `${name}.golden`);
      if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(baseline, actual ?? "");
      expect(existsSync(baseline), `missing ${baseline}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual, `${name} differs from ${path.relative(repoRoot, baseline)}`).toBe(
        readFileSync(baseline, "utf8"),
      );
    }
  });
});
