import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  RESERVED_WORDS,
  escapeIdentifier,
  parameterName,
  propertyKey,
  topLevelName,
} from "../../codegen/emit/names.js";

/** Syntax errors of a module declaring `name` as a binding, a parameter and a type. */
function bindingErrors(name: string): number {
  const source = `export const ${name} = 1;\nexport function f(${name}: number): void {}\nexport type ${name} = number;\n`;
  const file = ts.createSourceFile("m.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const program = ts.createProgram({
    rootNames: ["m.ts"],
    options: { noEmit: true, strict: true, module: ts.ModuleKind.ES2022, types: [], noLib: true },
    host: {
      ...ts.createCompilerHost({}),
      getSourceFile: (f) => (f === "m.ts" ? file : undefined),
      fileExists: (f) => f === "m.ts",
      writeFile: () => {},
    },
  });
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()].filter(
    // Only errors about the name itself; noLib causes unrelated "cannot find global type" ones.
    (d) => d.file !== undefined,
  ).length;
}

describe("name escaping (CONTRACT.md Names)", () => {
  it.each([
    ["default", "default_"],
    ["class", "class_"],
    ["function", "function_"],
    ["in", "in_"],
    ["var", "var_"],
    ["new", "new_"],
    ["with", "with_"],
    ["this", "this_"],
    ["arguments", "arguments_"],
    ["eval", "eval_"],
    ["number", "number_"],
    ["string", "string_"],
    ["any", "any_"],
    ["void", "void_"],
  ])("escapes %s → %s", (name, escaped) => {
    expect(escapeIdentifier(name)).toBe(escaped);
    expect(parameterName(name)).toBe(escaped);
  });

  it.each(["host", "port", "tls_options", "Object", "String", "Error", "bytes", "from", "to"])(
    "keeps %s verbatim",
    (name) => {
      expect(escapeIdentifier(name)).toBe(name);
    },
  );

  it("every escaped reserved word is a usable binding, parameter and type name", () => {
    for (const word of RESERVED_WORDS) {
      expect(bindingErrors(escapeIdentifier(word)), word).toBe(0);
    }
  });

  it("the words it escapes really cannot be bindings (so the list is not arbitrary)", () => {
    for (const word of ["default", "class", "in", "number", "this", "eval", "arguments"]) {
      expect(bindingErrors(word), word).toBeGreaterThan(0);
    }
  });

  it("names the global pseudo-classes and dotted global enums", () => {
    expect(topLevelName("@GlobalScope")).toBe("GlobalScope");
    expect(topLevelName("@GDScript")).toBe("GDScriptGlobals");
    expect(topLevelName("Variant.Type")).toBe("Variant_Type");
    expect(topLevelName("HTTPClient")).toBe("HTTPClient");
  });

  it("quotes property keys only when they are not identifiers", () => {
    expect(propertyKey("connect_to_host")).toBe("connect_to_host");
    expect(propertyKey("default")).toBe("default");
    expect(propertyKey("operator +")).toBe('"operator +"');
    expect(propertyKey("3d")).toBe('"3d"');
  });
});
