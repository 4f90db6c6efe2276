/**
 * The floor for any generator, run in a fresh process by generatorCases.ts: find the class files
 * the way the read stage does, read each and parse it with fast-xml-parser, nothing more. Prints
 * the in-process time (process start-up excluded) as JSON.
 */
import { readFile } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import { discoverClassFiles } from "../../../codegen/read/index.js";

const root = process.argv[2];
if (root === undefined) throw new Error("usage: xmlFloorChild <docs root>");

const start = performance.now();
// Tag names become keys and fast-xml-parser refuses a bare `constructor` (Godot's <constructor>),
// so every tag gets a prefix, as the generator's read stage does.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  transformTagName: (name) => (name.startsWith("<") ? name : `<${name}`),
});
const files = await discoverClassFiles(root);
let bytes = 0;
let nodes = 0;
for (const file of files) {
  const text = await readFile(file, "utf8");
  bytes += text.length;
  nodes += (parser.parse(text) as unknown[]).length;
}
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ms, files: files.length, bytes, nodes })}\n`);
