// Type-level conformance: each implementation class `implements` its generated interface, its
// instances and class object are assignable to the generated instance and static interfaces,
// and generated/facade.ts (whose `: XStatic` annotations are the static-side check) type-checks.
// A deliberately broken fixture proves the check can fail.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { describeProblems, typeCheck, type Problem } from "./compile.js";
import { loadConformance, repoRoot } from "./harness.js";

const { classes, implementation } = await loadConformance();
const generatedFile = (name: string): string => path.join(repoRoot, "generated", `${name}.ts`);
const checked = classes.filter(
  (name) => implementation.classes.has(name) && existsSync(generatedFile(name)),
);

/** One assignment per side and class: instance → `X`, class object → `XStatic`. */
function assignabilityCheck(names: readonly string[]): {
  text: string;
  lines: Map<string, [number, number]>;
} {
  const out = ["// Generated in memory by test/conformance/types.test.ts."];
  const lines = new Map<string, [number, number]>();
  for (const name of names) {
    const first = out.length + 1;
    out.push(
      `import type { ${name} as ${name}Api, ${name}Static } from "../../generated/${name}.js";`,
      `import type { ${name} as ${name}Impl } from "../../src/impl/index.js";`,
      `declare const ${name}Class: typeof ${name}Impl;`,
      `export const ${name}Instance: ${name}Api = null as unknown as InstanceType<typeof ${name}Impl>;`,
      `export const ${name}ClassObject: ${name}Static = ${name}Class;`,
    );
    lines.set(name, [first, out.length]);
  }
  return { text: `${out.join("\n")}\n`, lines };
}

const checkFile = path.join(repoRoot, "test/conformance/implements-check.virtual.ts");
const facade = path.join(repoRoot, "generated/facade.ts");
const broken = path.join(repoRoot, "test/conformance/type-fixtures/broken.ts");
const roots = [checkFile, broken, ...(existsSync(facade) ? [facade] : [])];
const check = assignabilityCheck(checked);
const problems = typeCheck(roots, new Map([[checkFile, check.text]]));
const problemsIn = (file: string, lines?: [number, number]): Problem[] =>
  problems.filter(
    (p) =>
      p.file === path.relative(repoRoot, file) &&
      (lines === undefined || (p.line >= lines[0] && p.line <= lines[1])),
  );

/** The generated interface each exported implementation class names in its `implements` clause. */
function implementsClauses(): Map<string, string[]> {
  const index = path.join(repoRoot, "src/impl/index.ts");
  const program = ts.createProgram({
    rootNames: [index],
    options: {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
    },
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  const result = new Map<string, string[]>();
  for (const exported of moduleSymbol === undefined
    ? []
    : checker.getExportsOfModule(moduleSymbol)) {
    // `export class X` and `export const X = defineConstants(XImpl, ...)` alike: the class is what
    // the exported value constructs.
    const declaration = exported.declarations?.[0];
    if (declaration === undefined) continue;
    const valueType = checker.getTypeOfSymbolAtLocation(exported, declaration);
    const classes = valueType
      .getConstructSignatures()
      .flatMap((signature) => signature.getReturnType().getSymbol()?.declarations ?? [])
      .filter(ts.isClassDeclaration);
    for (const classDeclaration of classes) {
      const targets: string[] = [];
      for (const clause of classDeclaration.heritageClauses ?? []) {
        if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
        for (const type of clause.types) {
          const target = checker
            .getTypeAtLocation(type)
            .getSymbol()
            ?.declarations?.[0]?.getSourceFile().fileName;
          if (target !== undefined) targets.push(path.relative(repoRoot, target));
        }
      }
      result.set(exported.name, targets);
    }
  }
  return result;
}

const clauses = implementsClauses();

describe("each implementation class against its generated interfaces", () => {
  it("checks every exported bound class that has generated output", () => {
    expect(checked.length).toBeGreaterThan(0);
    expect(checked).toEqual(expect.arrayContaining(["HTTPClient", "TLSOptions"]));
  });

  it.each(checked)("%s declares `implements` of its generated interface", (name) => {
    expect(clauses.get(name), `class exported as ${name}`).toContain(`generated/${name}.ts`);
  });

  it.each(checked)("%s instances and class object are assignable to the generated API", (name) => {
    expect(describeProblems(problemsIn(checkFile, check.lines.get(name)))).toBe("");
  });

  it("the check file has no other problems", () => {
    expect(describeProblems(problemsIn(checkFile))).toBe("");
  });

  it("generated/facade.ts type-checks (its `: XStatic` annotations hold)", () => {
    expect(existsSync(facade), "generated/facade.ts exists").toBe(true);
    expect(describeProblems(problemsIn(facade))).toBe("");
  });
});

describe("the check can fail", () => {
  it("the broken fixture is clean only thanks to its @ts-expect-error lines", () => {
    expect(describeProblems(problemsIn(broken))).toBe("");
  });

  it("without them, each broken member is reported", () => {
    const stripped = readFileSync(broken, "utf8").replace(/^\/\/ @ts-expect-error.*$/gm, "");
    const found = typeCheck([broken], new Map([[broken, stripped]]));
    const text = describeProblems(found);
    expect(
      found.filter(
        (p) => p.code === 2420 && /MissingMember/.test(p.message) && /is_server/.test(p.message),
      ),
      text,
    ).toHaveLength(1);
    expect(
      found.filter(
        (p) => p.code === 2420 && /MistypedMember/.test(p.message) && /is_server/.test(p.message),
      ),
      text,
    ).toHaveLength(1);
    expect(
      found.filter((p) => /'client' is missing/.test(p.message)),
      text,
    ).toHaveLength(1);
    expect(found).toHaveLength(3);
  });
});
