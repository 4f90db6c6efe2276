/**
 * GUIDE §4 / issue 2: every cross-reference inside the bound set is a `{@link}` that resolves.
 * The whole generator runs over the real 4.6.3 docs for the manifest's classes, the output is
 * written to a temporary folder, and the TypeScript checker resolves every `{@link}` name in it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { NO_OVERRIDES } from "../../codegen/emit/index.js";
import { runPipeline } from "../../codegen/index.js";
import { tsdocMessages } from "../../codegen/docs/index.js";
import { docs4, repoRoot } from "../codegen/paths.js";

const manifest = JSON.parse(readFileSync(path.join(repoRoot, "codegen/manifest.json"), "utf8")) as {
  classes: string[];
};
const outDir = mkdtempSync(path.join(tmpdir(), "docs-links-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Every `{@link name}` in a program's own files, and whether the checker resolves it. */
function linkNames(program: ts.Program): { where: string; name: string; resolved: boolean }[] {
  const checker = program.getTypeChecker();
  const found: { where: string; name: string; resolved: boolean }[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(outDir)) continue;
    const visit = (node: ts.Node): void => {
      if (
        (ts.isJSDocLink(node) || ts.isJSDocLinkCode(node) || ts.isJSDocLinkPlain(node)) &&
        node.name
      ) {
        const name = node.name.getText(file);
        // A URL link's "name" is its scheme; there is nothing to resolve.
        if (!/^https?$/.test(name)) {
          found.push({
            where: path.basename(file.fileName),
            name,
            resolved: !!checker.getSymbolAtLocation(node.name),
          });
        }
      }
      ts.forEachChild(node, visit);
      for (const doc of (node as { jsDoc?: ts.Node[] }).jsDoc ?? []) visit(doc);
    };
    visit(file);
  }
  return found;
}

describe("bound set docs", () => {
  it("resolve every {@link} and parse cleanly", { timeout: 180_000 }, async () => {
    const result = await runPipeline({
      docs: { root: docs4 },
      selection: { classes: manifest.classes },
      overrides: NO_OVERRIDES,
      facade: null,
    });
    const files: string[] = [];
    for (const [name, text] of result.files) {
      const file = path.join(outDir, name);
      writeFileSync(file, text);
      files.push(file);
    }
    const program = ts.createProgram(files, {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
    });
    const links = linkNames(program);
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((l) => !l.resolved).map((l) => `${l.where}: ${l.name}`)).toEqual([]);

    const comments = [...result.files.values()].flatMap(
      (text) => text.match(/\/\*\*[\s\S]*?\*\//g) ?? [],
    );
    expect(comments.length).toBeGreaterThan(100);
    // Comments are re-indented by the formatter; tsdoc reads them the same way.
    expect(comments.flatMap((c) => tsdocMessages(c).map((m) => `${m}\n${c}`))).toEqual([]);
  });
});
