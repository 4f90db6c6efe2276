import { check } from "prettier";
import { describe, expect, it } from "vitest";
import { formatFiles, prettierOptions } from "../../codegen/format/index.js";
import { formatInWorkers } from "../../codegen/format/worker-pool.js";

const files = new Map([
  ["b.ts", "export   interface B { f(a:number,b:string):void }\n"],
  ["a.ts", 'import type {B} from "./b.js"\nexport const x = freeze({A:0,B:1} as const)\n'],
  [
    "long.ts",
    "export interface L { connect_to_host(host: string, port?: number, tls_options?: TLSOptions | null, extra?: number): Error; }\n",
  ],
]);

describe("format stage", () => {
  it("formats with the project's prettier settings (printWidth 100), keeping keys and their order", async () => {
    const out = await formatFiles(files);
    expect([...out.keys()]).toEqual(["b.ts", "a.ts", "long.ts"]);
    expect(out.get("b.ts")).toBe("export interface B {\n  f(a: number, b: string): void;\n}\n");
    // 104 characters on one line: wrapped at 100.
    expect(out.get("long.ts")).toContain("  connect_to_host(\n    host: string,\n");
    for (const text of out.values()) {
      expect(await check(text, prettierOptions())).toBe(true);
    }
  });

  it("gives the same bytes on worker threads as in-process", async () => {
    const inProcess = await formatFiles(files);
    const workers = await formatInWorkers(files, prettierOptions(), 2);
    expect(workers).toEqual(inProcess);
  });

  it("names the file that does not parse, in both paths", async () => {
    const broken = new Map([
      ["ok.ts", "export {};\n"],
      ["bad.ts", "export interface {"],
    ]);
    await expect(formatFiles(broken)).rejects.toThrow(/format: bad\.ts/);
    await expect(formatInWorkers(broken, prettierOptions(), 2)).rejects.toThrow(/format: bad\.ts/);
  });
});
