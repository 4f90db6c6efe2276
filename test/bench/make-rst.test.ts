/**
 * The bench's runner for Godot's make_rst.py (scripts/bench/gen/makeRst.ts), checked against a
 * stand-in script with make_rst.py's command line: the real one lives in a Godot checkout, not
 * here. What is checked is the runner's contract: the docs folders it passes, that exit 1 with
 * every page written counts (make_rst.py exits 1 on any printed error), and that missing pages
 * do not. Also the option that names the script.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runMakeRst } from "../../scripts/bench/gen/makeRst.js";
import { parseBenchArgs } from "../../scripts/bench/options.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const tmp = await mkdtemp(path.join(os.tmpdir(), "godot-typed-make-rst-"));
afterAll(() => rm(tmp, { recursive: true, force: true }));

const hasPython = (() => {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Writes one page per XML file of the given folders (or one fewer), then exits 1 like make_rst.py. */
const STAND_IN = String.raw`
import os, sys
args = sys.argv[1:]
out = args[args.index("--output") + 1]
dirs = [a for i, a in enumerate(args) if a != "--output" and (i == 0 or args[i - 1] != "--output")]
names = sorted(f for d in dirs for _, _, files in os.walk(d) for f in files if f.endswith(".xml"))
if os.environ.get("SHORT") == "1":
    names = names[1:]
os.makedirs(out, exist_ok=True)
for name in names:
    open(os.path.join(out, "class_" + name[:-4].lower() + ".rst"), "w").write("x")
print("ERROR: a link into a missing module class", file=sys.stderr)
sys.exit(1)
`;

async function docsRoot(): Promise<string> {
  const root = path.join(tmp, "docs");
  await mkdir(path.join(root, "doc", "classes"), { recursive: true });
  await mkdir(path.join(root, "modules", "gltf", "doc_classes"), { recursive: true });
  await mkdir(path.join(root, "platform", "web", "doc_classes"), { recursive: true });
  for (const file of [
    "doc/classes/A.xml",
    "doc/classes/B.xml",
    "modules/gltf/doc_classes/G.xml",
    "platform/web/doc_classes/W.xml",
  ])
    await writeFile(path.join(root, file), `<class name="${path.basename(file, ".xml")}"/>`);
  return root;
}

describe.runIf(hasPython)("make_rst.py runner", () => {
  it("passes doc/classes, modules and platform, and counts a run that wrote every page despite exit 1", async () => {
    const script = path.join(tmp, "make_rst.py");
    await writeFile(script, STAND_IN);
    const out = path.join(tmp, "out-full");
    const ms = await runMakeRst(script, await docsRoot(), out, 30_000);
    expect(ms).toBeGreaterThan(0);
    expect((await readdir(out)).sort()).toEqual([
      "class_a.rst",
      "class_b.rst",
      "class_g.rst",
      "class_w.rst",
    ]);
  });

  it("fails a run that wrote fewer pages than there are class files", async () => {
    const script = path.join(tmp, "make_rst_short.py");
    await writeFile(script, `import os\nos.environ["SHORT"] = "1"\n${STAND_IN}`);
    await expect(
      runMakeRst(script, await docsRoot(), path.join(tmp, "out-short"), 30_000),
    ).rejects.toThrow(/wrote 3 pages for 4 class files \(exit 1\)/);
  });
});

describe("--make-rst", () => {
  it("is resolved from the repo root, falls back to $GODOT_MAKE_RST, and is null otherwise", () => {
    const parse = (argv: string[]) => {
      const options = parseBenchArgs(argv, repoRoot);
      if (options === "help") throw new Error("unexpected help");
      return options.makeRst;
    };
    const saved = process.env["GODOT_MAKE_RST"];
    try {
      delete process.env["GODOT_MAKE_RST"];
      expect(parse([])).toBeNull();
      expect(parse(["--make-rst", "../godot/doc/tools/make_rst.py"])).toBe(
        path.resolve(repoRoot, "../godot/doc/tools/make_rst.py"),
      );
      process.env["GODOT_MAKE_RST"] = "/opt/godot/doc/tools/make_rst.py";
      expect(parse([])).toBe("/opt/godot/doc/tools/make_rst.py");
    } finally {
      if (saved === undefined) delete process.env["GODOT_MAKE_RST"];
      else process.env["GODOT_MAKE_RST"] = saved;
    }
  });
});
