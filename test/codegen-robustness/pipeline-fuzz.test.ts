// Seeded fuzzing of the whole generator (read → model → resolve → emit → format) through the
// library: one attribute of a valid class file gets an odd value (malformed types, odd defaults,
// reserved words, comment terminators...). Every run must either generate files that TypeScript
// parses without a syntax error, or fail with a GeneratorInputError naming the class file and a
// line inside it. Anything else (TypeError, RangeError, a syntax error in the output) is a
// generator bug. fast-check prints the seed and path of a failing case. A fixed set of the odd
// names is also type-checked with the whole-corpus gate's compiler options.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GeneratorInputError, runPipeline } from "../../codegen/index.js";
import { NO_OVERRIDES } from "../../codegen/emit/index.js";
import { typecheckFiles } from "../emit/typecheck.js";
import { lineAtOffset, OBJECT_CLASS, WIDGET_CLASS } from "./inputs.js";

const SEED = 4_061_126;
const RUNS = 400;

let dir = "";
let objectFile = "";
let widgetFile = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "godot-typed-pipeline-fuzz-"));
  objectFile = path.join(dir, "Object.xml");
  widgetFile = path.join(dir, "Widget.xml");
  await writeFile(objectFile, OBJECT_CLASS.text());
});
afterAll(async () => {
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

const WIDGET = WIDGET_CLASS.text();
/**
 * Every attribute value in the Widget file after `<class name="...">`, as [start, end) offsets.
 * The class name itself is left to the known-bug tests below (any odd value breaks the output).
 */
const ATTRIBUTE_VALUES = [...WIDGET.matchAll(/ [\w:]+="([^"]*)"/g)]
  .filter((m) => m.index > WIDGET.indexOf('<class name="Widget"') + 6)
  .map((m) => {
    const start = m.index + m[0].indexOf('"') + 1;
    return { start, end: start + (m[1] ?? "").length };
  });

const ODD_VALUES = [
  "",
  " ",
  "int",
  "void",
  "Variant",
  "Object",
  "Widget",
  "Widget.Missing",
  "Array[",
  "Array[int",
  "Array[Array[int]]",
  "Array[Widget]",
  "Dictionary[int]",
  "Dictionary[String, Array[Vector2]]",
  "Dictionary[Widget, int]",
  "typedarray::int",
  "enum::Widget.Nope",
  "1e400",
  "-0",
  "NaN",
  "0x10",
  "99999999999999999999999",
  "null",
  "Color(1, 1",
  "[]",
  "{}",
  "const vararg",
  "static static",
  "virtual required",
  "-1",
  "constructor",
  "__proto__",
  "toString",
  "default",
  "class",
  "new",
  "a b",
  "$",
  "*/",
  "/*",
  "@link",
  "`",
  "${x}",
  "\u2028",
  "é",
  "true",
  "&amp;&lt;&gt;&quot;",
];

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }).map(escapeXml) },
);

const mutation = fc.record({
  target: fc.constantFrom(...ATTRIBUTE_VALUES),
  value,
});

async function generateWith(text: string): Promise<Map<string, string> | GeneratorInputError> {
  await writeFile(widgetFile, text);
  try {
    const result = await runPipeline({
      docs: { files: [objectFile, widgetFile] },
      selection: "all",
      overrides: NO_OVERRIDES,
      facade: null,
      docsUrl: "https://docs.example.test",
    });
    return result.files;
  } catch (error) {
    if (error instanceof GeneratorInputError) return error;
    throw error;
  }
}

/** Syntax errors TypeScript finds in the emitted files, as `file: message`. */
function syntaxErrors(files: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  for (const [name, text] of files) {
    const { diagnostics = [] } = ts.transpileModule(text, {
      fileName: name,
      reportDiagnostics: true,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    for (const d of diagnostics)
      errors.push(`${name}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  }
  return errors;
}

/** The Widget file with the value of attribute `attribute` on the line containing `needle` replaced. */
function withAttribute(needle: string, attribute: string, value: string): string {
  const n = WIDGET_CLASS.lineOf(needle);
  const line = WIDGET_CLASS.lines[n - 1] ?? "";
  const changed = line.replace(new RegExp(`${attribute}="[^"]*"`), `${attribute}="${value}"`);
  expect(changed).not.toBe(line);
  return WIDGET_CLASS.replace(n, changed).text();
}

describe("pipeline fuzzing (seeded)", () => {
  it("the unmutated class generates", async () => {
    const files = await generateWith(WIDGET);
    expect(files).toBeInstanceOf(Map);
    expect(ATTRIBUTE_VALUES.length).toBeGreaterThan(15);
  });

  it(
    "an odd attribute value: generated and parseable, or a located input error",
    { timeout: 120_000 },
    async () => {
      const outcomes = { ok: 0, inputError: 0 };
      await fc.assert(
        fc.asyncProperty(mutation, async ({ target, value }) => {
          const text = WIDGET.slice(0, target.start) + value + WIDGET.slice(target.end);
          const outcome = await generateWith(text);
          if (outcome instanceof Map) {
            outcomes.ok++;
            expect(syntaxErrors(outcome)).toEqual([]);
            return;
          }
          outcomes.inputError++;
          expect([widgetFile, objectFile]).toContain(outcome.file);
          if (outcome.line !== null) {
            expect(outcome.line).toBeGreaterThanOrEqual(1);
            expect(outcome.line).toBeLessThanOrEqual(lineAtOffset(text, text.length));
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      console.log(
        `[robustness] pipeline fuzz: ${outcomes.ok} generated, ${outcomes.inputError} input errors`,
      );
      // Both kinds occurred, so the property was not vacuous either way.
      expect(outcomes.ok).toBeGreaterThan(0);
      expect(outcomes.inputError).toBeGreaterThan(0);
    },
  );

  it.each([
    ["method", '<method name="spin">', "name"],
    ["parameter", '<param index="0" name="times" type="int" default="1" />', "name"],
    ["property", '<member name="speed"', "name"],
    ["signal", '<signal name="spun">', "name"],
    ["constant", '<constant name="MAX_SPIN"', "name"],
  ])(
    "a %s named like a reserved or prototype word type-checks",
    { timeout: 120_000 },
    async (_kind, needle, attribute) => {
      for (const name of ["constructor", "__proto__", "default", "class", "new", "toString"]) {
        const files = await generateWith(withAttribute(needle, attribute, name));
        if (!(files instanceof Map)) {
          // Refusing the name is allowed too, as long as it is a located input error.
          expect(files.file).toBe(widgetFile);
          continue;
        }
        expect(typecheckFiles(files), `${_kind} ${name}`).toEqual([]);
      }
    },
  );

  // Was a bug: `<class name="a b">` wrote `a b.ts` holding `export interface a b ...`. The model
  // stage now refuses any class name that is not an identifier (or `@Name`) at the <class> line.
  it(
    "a class name that is not an identifier is a located input error",
    { timeout: 60_000 },
    async () => {
      for (const name of ["a b", "Array[", "-1", "*/", "$x{", "a/b"]) {
        const outcome = await generateWith(withAttribute('<class name="Widget"', "name", name));
        expect(outcome, name).toBeInstanceOf(GeneratorInputError);
        if (outcome instanceof GeneratorInputError) {
          expect(outcome.file).toBe(widgetFile);
          expect(outcome.line).toBe(2);
        }
      }
    },
  );

  // Was a bug: topLevelName() looked names up in a plain object, so a class named `constructor`
  // became `function Object() { [native code] }` and `__proto__` `[object Object]`.
  it(
    "classes named like Object.prototype keys keep their names (or are refused, located)",
    { timeout: 60_000 },
    async () => {
      for (const name of ["constructor", "__proto__", "toString"]) {
        const outcome = await generateWith(withAttribute('<class name="Widget"', "name", name));
        if (outcome instanceof GeneratorInputError) {
          expect(outcome.line).toBe(2);
          continue;
        }
        expect([...outcome.keys()], name).toContain(`${name}.ts`);
        expect(syntaxErrors(outcome), name).toEqual([]);
      }
    },
  );
});
