import { describe, expect, it } from "vitest";
import { fillSlots, writeDocumented, type EmitContext } from "../../codegen/emit/emit-context.js";
import { newWriter } from "../../codegen/emit/writer.js";

describe("emit: declarations written as placeholders", () => {
  it("comes back in order, indented like the writer would indent it", () => {
    const ctx = { slots: [] as string[] } as unknown as EmitContext;
    const w = newWriter();
    w.writeLine("export interface A {");
    w.indent(() => {
      writeDocumented(ctx, w, "/**\n * Two lines.\n */", "a(): void;");
      w.blankLine();
      writeDocumented(ctx, w, "", "b: {\n  x: 1;\n\n  y: 2;\n};");
      w.indent(() => writeDocumented(ctx, w, "/** One. */", "c: 3;"));
    });
    w.writeLine("}");
    writeDocumented(ctx, w, "", "export const z = 1;");
    expect(fillSlots(ctx, `import x from "y";\n\n${w.toString()}`)).toBe(
      [
        'import x from "y";',
        "",
        "export interface A {",
        "  /**",
        "   * Two lines.",
        "   */",
        "  a(): void;",
        "",
        "  b: {",
        "    x: 1;",
        "",
        "    y: 2;",
        "  };",
        "    /** One. */",
        "    c: 3;",
        "}",
        "export const z = 1;",
        "",
      ].join("\n"),
    );
  });

  it("refuses more declarations than placeholders", () => {
    const ctx = { slots: ["a: 1;"] } as unknown as EmitContext;
    expect(() => fillSlots(ctx, "no placeholder here\n")).toThrow(/more declarations/);
  });
});
