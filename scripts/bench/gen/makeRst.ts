import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { discoverClassFiles } from "../../../codegen/read/index.js";
import { spawnTimed } from "../spawnTimed.js";

/**
 * Godot's own `doc/tools/make_rst.py`, the reference for the whole-corpus case, run the
 * way Godot's docs build runs it: `python3 make_rst.py --output <dir> doc/classes modules
 * platform`. It is not part of this repository (it lives in a Godot checkout); the bench takes
 * its path.
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
  // The folders discoverClassFiles reads: a checkout's, as Godot's docs build passes them, or a
  // plain folder of XML files.
  const classes = path.join(docsRoot, "doc", "classes");
  const inputs = existsSync(classes)
    ? [
        classes,
        ...["modules", "platform"].map((dir) => path.join(docsRoot, dir)).filter(existsSync),
      ]
    : [docsRoot];
  const { wallMs, code, stderr } = await spawnTimed(
    pythonInterpreter(),
    [script, "--output", outDir, ...inputs],
    { cwd: path.dirname(script), timeoutMs, label: "make_rst.py" },
  );
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

let interpreter: string | undefined;

/**
 * The interpreter `python3` names, resolved once outside the timed runs. Where `python3` is a
 * version manager's shim (pyenv's is a bash script that execs the real binary), every run would
 * otherwise pay the shim's start-up: measured here ~0.09 s against ~0.03 s for the interpreter
 * itself, ~60 ms added to make_rst.py's time that its own work does not take.
 */
export function pythonInterpreter(): string {
  if (interpreter === undefined) {
    const probe = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], {
      encoding: "utf8",
    });
    const found = probe.status === 0 ? probe.stdout.trim() : "";
    interpreter = found !== "" && existsSync(found) ? found : "python3";
  }
  return interpreter;
}
