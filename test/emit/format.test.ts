import { check } from "prettier";
import { describe, expect, it } from "vitest";
import { formatFiles, prettierOptions } from "../../codegen/format/index.js";
import { formatInWorkers } from "../../codegen/format/worker-pool.js";

/** Text in the emit stage's layout: only the long lines and the final newline are left to do. */
const emitted = new Map([
  [
    "a.ts",
    [
      'import type { AAAAAAAAAAAAAAAAAAAA, BBBBBBBBBBBBBBBBBBBBBB, CCCCCCCCCCCCCCCCCCCCCC } from "./some-module.js";',
      "",
      "/** A doc comment line that is much longer than the print width, which prettier never rewraps at all. */",
      "export interface L {",
      "  connect_to_host(host: string, port?: number, tls_options?: TLSOptions | null, extra?: number): Error;",
      "  short(): void;",
      "}",
      "",
      "export declare namespace L {",
      "  type PhysicsInterpolationMode = (typeof Node_PhysicsInterpolationMode)[keyof typeof Node_PhysicsInterpolationMode];",
      "  interface Signals {",
      "    body_shape_entered(body_rid: RID, body: Node | null, body_shape_index: number, local_shape_index: number): void;",
      "  }",
      "}",
    ].join("\n"),
  ],
  ["b.ts", "export interface B {}"],
]);

describe("format stage", () => {
  it("makes emitter output prettier-clean (printWidth 100), keeping keys and their order", async () => {
    const out = await formatFiles(emitted);
    expect([...out.keys()]).toEqual(["a.ts", "b.ts"]);
    const a = out.get("a.ts") ?? "";
    expect(a).toContain("  connect_to_host(\n    host: string,\n");
    expect(a).toContain("  type PhysicsInterpolationMode =\n    (typeof");
    expect(a).toContain("    body_shape_entered(\n      body_rid: RID,\n");
    expect(a).toMatch(/^import type \{\n {2}AAAA/);
    expect(out.get("b.ts")).toBe("export interface B {}\n");
    for (const [name, text] of out) {
      expect(await check(text, prettierOptions()), name).toBe(true);
    }
  });

  it("formats a file whole when a long line has a shape it does not know, or when asked to", async () => {
    const odd = new Map([
      ["odd.ts", `export const x = [${Array.from({ length: 30 }, (_, i) => i).join(", ")}];\n`],
      ["messy.ts", "export   interface B { f(a:number,b:string):void }\n"],
    ]);
    const out = await formatFiles(odd);
    expect(await check(out.get("odd.ts") ?? "", prettierOptions())).toBe(true);
    // Short lines are the emitter's business in the default path...
    expect(out.get("messy.ts")).toBe("export   interface B { f(a:number,b:string):void }\n");
    // ...and prettier's in full mode.
    const full = await formatFiles(odd, { full: true });
    expect(full.get("messy.ts")).toBe(
      "export interface B {\n  f(a: number, b: string): void;\n}\n",
    );
  });

  it("gives the same bytes on worker threads as in-process", async () => {
    const inProcess = await formatFiles(emitted, { full: true });
    const workers = await formatInWorkers(emitted, prettierOptions(), 2);
    expect(workers).toEqual(inProcess);
  });

  it("names the file that does not parse, in every path", async () => {
    const long = `  broken(${"a: number, ".repeat(12)}: void;`;
    const broken = new Map([
      ["ok.ts", "export {};\n"],
      ["bad.ts", `export interface X {\n${long}\n}\n`],
    ]);
    await expect(formatFiles(broken)).rejects.toThrow(/format: bad\.ts/);
    await expect(formatFiles(broken, { full: true })).rejects.toThrow(/format: bad\.ts/);
    await expect(formatInWorkers(broken, prettierOptions(), 2)).rejects.toThrow(/format: bad\.ts/);
  });
});
