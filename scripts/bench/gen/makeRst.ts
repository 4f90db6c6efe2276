import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { discoverClassFiles } from "../../../codegen/read/index.js";

/**
 * Godot's own `doc/tools/make_rst.py`, the reference for the whole-corpus case, run the
 * way Godot's docs build runs it: `python3 make_rst.py --output <dir> doc/classes modules`. It is
 * not part of this repository (it lives in a Godot checkout); the bench takes its path.
 *
 * It exits 1 whenever it printed an error, and on a docs folder without Godot's modules it
 * always does (links into the missing module classes), yet it still writes every page. So a run
 * counts when it wrote one `.rst` page per class file, whatever its exit code.
 */
export async function runMakeRst(
  script: string,
  docsRoot: string,
  outDir: string,
  timeoutMs: number,
): Promise<number> {
  const classFiles = (await discoverClassFiles(docsRoot)).length;
  const inputs = [path.join(docsRoot, "doc", "classes"), path.join(docsRoot, "modules")].filter(
    (dir) => existsSync(dir),
  );
  const start = performance.now();
  const { code, stderr } = await run(
    "python3",
    [script, "--output", outDir, ...inputs],
    path.dirname(script),
    timeoutMs,
  );
  const wallMs = performance.now() - start;
  const pages = (await readdir(outDir).catch(() => [] as string[])).filter((name) =>
    name.endsWith(".rst"),
  ).length;
  if (pages < classFiles) {
    throw new Error(
      `make_rst.py wrote ${pages} pages for ${classFiles} class files (exit ${code}): ${stderr.trim().slice(-300)}`,
    );
  }
  return wallMs;
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // stdout (one line per class and the error list) is not needed; a pipe left unread could fill.
    const child = spawn(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      if (stderr.length < 1 << 16) stderr += text;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal !== null) reject(new Error(`make_rst.py killed by ${signal}`));
      else resolve({ code, stderr });
    });
  });
}
