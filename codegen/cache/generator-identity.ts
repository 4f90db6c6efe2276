import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "../package-root.js";

/**
 * A hash of the code that produces the output: every source file of the running generator
 * (`codegen/**` under tsx, `dist/codegen/**` when compiled), the package manifest and lock (the
 * versions of prettier and the XML parser) and the prettier settings. Editing any of them
 * invalidates every cached run, so a cache can never outlive the generator that wrote it.
 */
let memo: string | undefined;

export function generatorIdentity(): string {
  memo ??= computeIdentity();
  return memo;
}

const SOURCE = /\.(?:ts|js|mjs|json)$/;
const SKIP = /\.d\.ts$|\.map$/;

function computeIdentity(): string {
  const hash = createHash("sha256");
  const codegenDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const sources = readdirSync(codegenDir, { recursive: true, encoding: "utf8" })
    .filter((relative) => SOURCE.test(relative) && !SKIP.test(relative))
    .map((relative) => relative.split(path.sep).join("/"))
    .sort();
  for (const relative of sources) {
    const content = readFileSync(path.join(codegenDir, relative));
    hash.update(`source ${relative} ${content.length}\n`);
    hash.update(content);
  }
  const root = packageRoot();
  for (const name of ["package.json", "package-lock.json", ".prettierrc.json"]) {
    let content: Buffer;
    try {
      content = readFileSync(path.join(root, name));
    } catch {
      // An installed package has no lock file or prettier settings: nothing to hash.
      continue;
    }
    hash.update(`package ${name} ${content.length}\n`);
    hash.update(content);
  }
  return hash.digest("hex");
}
