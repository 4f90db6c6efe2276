/**
 * The format stage's cheap path (only long code lines go through prettier) must give exactly
 * prettier's output. Checked over everything the emitter writes for both full Godot corpora:
 * any emitter change that writes a shape prettier would lay out differently fails here.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emitProject, loadOverrides } from "../../codegen/emit/index.js";
import { formatFiles, prettierOptions } from "../../codegen/format/index.js";
import { formatInWorkers } from "../../codegen/format/worker-pool.js";
import { readCorpus } from "../../codegen/read/index.js";
import { resolveCorpus } from "../../codegen/resolve/index.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const docsRoot = path.resolve(repoRoot, "../shared/godot-docs");

describe.each(["4.6.3", "3.6"])("format stage over the whole %s corpus", (version) => {
  it("equals prettier's own output, file for file", { timeout: 300_000 }, async () => {
    const corpus = await readCorpus({ root: path.join(docsRoot, version) });
    const linked = resolveCorpus(corpus, "all", { allowUnknownTypes: true });
    const { files } = await emitProject(linked, {
      overrides: loadOverrides(path.join(repoRoot, "codegen/overrides.json")),
      facade: null,
      docsUrl: "https://docs.example",
    });
    const fast = await formatFiles(files);
    const reference = await formatInWorkers(files, prettierOptions(), 2);
    const differing = [...reference].filter(([name, text]) => fast.get(name) !== text);
    expect(differing.map(([name]) => name).slice(0, 10)).toEqual([]);
    expect([...fast.keys()]).toEqual([...files.keys()]);
  });
});
