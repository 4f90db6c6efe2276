// Type-checks files with the project's own compiler options through the TypeScript API, with
// some files served from memory (a generated check file, a fixture with comments stripped), so
// nothing is written into the working tree while others run `tsc` on it.
import path from "node:path";
import ts from "typescript";
import { repoRoot } from "./harness.js";

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly code: number;
  /** The whole message chain, flattened: "Class 'X' incorrectly implements... Property 'y' is missing...". */
  readonly message: string;
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(repoRoot, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (config.error !== undefined)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot).options;
}

/**
 * Semantic and syntactic problems in `roots` only (imported files are checked as far as the roots
 * need them, but their own problems are not reported). `virtual` maps absolute paths to contents.
 */
export function typeCheck(
  roots: readonly string[],
  virtual: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => virtual.get(path.resolve(file)) ?? readFile(file);
  host.fileExists = (file) => virtual.has(path.resolve(file)) || fileExists(file);
  host.getSourceFile = (file, language, onError, shouldCreate) => {
    const text = virtual.get(path.resolve(file));
    return text === undefined
      ? getSourceFile(file, language, onError, shouldCreate)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram({ rootNames: [...roots], options, host });
  const problems: Problem[] = [];
  for (const root of roots) {
    const source = program.getSourceFile(root);
    if (source === undefined) throw new Error(`${root}: not part of the program`);
    for (const diagnostic of [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]) {
      const start = diagnostic.start ?? 0;
      problems.push({
        file: path.relative(repoRoot, root),
        line: source.getLineAndCharacterOfPosition(start).line + 1,
        code: diagnostic.code,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, " "),
      });
    }
  }
  return problems;
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: TS${p.code} ${p.message}`).join("\n");
}
