/**
 * The whole-corpus gate (issue 2): every class of Godot 4.6.3 and of 3.6 emitted at once
 * type-checks with strict, erasableSyntaxOnly, isolatedModules and verbatimModuleSyntax, and every
 * doc comment the emitter writes parses cleanly with @microsoft/tsdoc. Formatting is skipped here:
 * it cannot change types, and format/ has its own test.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emitProject, loadOverrides } from "../../codegen/emit/index.js";
import type { EmitResult } from "../../codegen/emit/index.js";
import { tsdocMessages } from "../../codegen/docs/index.js";
import { readCorpus } from "../../codegen/read/index.js";
import { resolveCorpus } from "../../codegen/resolve/index.js";
import { typecheckFiles } from "./typecheck.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const docsRoot = path.resolve(repoRoot, "../shared/godot-docs");
const overrides = loadOverrides(path.join(repoRoot, "codegen/overrides.json"));

async function emitAll(version: string): Promise<EmitResult> {
  const corpus = await readCorpus({ root: path.join(docsRoot, version) });
  // 3.6's @GlobalScope names module classes whose docs this copy lacks.
  const linked = resolveCorpus(corpus, "all", { allowUnknownTypes: true });
  return emitProject(linked, { overrides, facade: null, docsUrl: "https://docs.example" });
}

/** Every `/** ... *\/` block of a file. */
function comments(text: string): string[] {
  return text.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
}

describe.each([
  ["4.6.3", 850],
  ["3.6", 550],
])("whole corpus, Godot %s", (version, minClassFiles) => {
  it("type-checks with the gate options and zero errors", { timeout: 240_000 }, async () => {
    const { files } = await emitAll(version);
    expect(files.size).toBeGreaterThan(minClassFiles);
    const errors = typecheckFiles(files);
    expect(errors.slice(0, 20)).toEqual([]);
  });

  it("writes doc comments that parse with zero tsdoc messages", { timeout: 120_000 }, async () => {
    const { files } = await emitAll(version);
    const bad: string[] = [];
    let count = 0;
    for (const [name, text] of files) {
      for (const comment of comments(text)) {
        count++;
        const messages = tsdocMessages(comment);
        if (messages.length > 0 && bad.length < 10)
          bad.push(`${name}: ${messages[0]}\n${comment.slice(0, 300)}`);
      }
    }
    expect(count).toBeGreaterThan(10_000);
    expect(bad).toEqual([]);
  });
});

describe("determinism", () => {
  it(
    "gives byte-identical output for two runs over the whole 4.6.3 corpus",
    { timeout: 120_000 },
    async () => {
      const first = await emitAll("4.6.3");
      const second = await emitAll("4.6.3");
      expect([...second.files.keys()]).toEqual([...first.files.keys()]);
      for (const [name, text] of first.files) expect(second.files.get(name), name).toBe(text);
    },
  );
});
