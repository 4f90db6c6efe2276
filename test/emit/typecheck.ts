/**
 * Type-checks emitted files with the compiler options of the whole-corpus gate (GUIDE / issue 2):
 * strict, erasableSyntaxOnly, isolatedModules, verbatimModuleSyntax, nodenext. Files are written
 * to a temporary folder so module resolution is the real one.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";

export const GATE_OPTIONS: ts.CompilerOptions = {
  noEmit: true,
  strict: true,
  erasableSyntaxOnly: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  types: [],
};

/** Writes `files` (plus any `extra` files) under a temp dir and returns tsc's messages. */
export function typecheckFiles(
  files: ReadonlyMap<string, string>,
  extra: ReadonlyMap<string, string> = new Map(),
): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "emit-tsc-"));
  try {
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }');
    const roots: string[] = [];
    for (const [name, text] of [...files, ...extra]) {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      roots.push(file);
    }
    const program = ts.createProgram(roots, GATE_OPTIONS);
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return message;
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${path.relative(dir, d.file.fileName)}:${line + 1}: ${message}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
