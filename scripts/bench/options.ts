import { accessSync, constants, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

export type Area = "http" | "gen";

export interface BenchOptions {
  readonly quick: boolean;
  readonly areas: ReadonlySet<Area>;
  readonly repoRoot: string;
  readonly docsRoot: string;
  readonly outDir: string;
  /** Run `tsc -p tsconfig.build.json` first, so the generator is also measured from dist/. */
  readonly build: boolean;
  /** Overrides of the preset sizes (the smoke test uses tiny ones). */
  readonly largeBytes?: number;
  readonly smallRequests?: number;
  /**
   * Godot's own `doc/tools/make_rst.py` (from a Godot checkout), timed on the same corpus in the
   * same rounds as the generator; null: the issue's ~1.5 s stands in for it.
   */
  readonly makeRst: string | null;
  /**
   * Where the generator cases (ours and make_rst.py alike) write their outputs: a RAM-backed
   * folder by default, so the figures compare the generators' work rather than this VM's disk,
   * whose write bursts (0.2-0.8 s for ~20 MB) come and go within a run.
   */
  readonly scratch: string;
}

export const USAGE = `Usage: npm run bench -- [options]

  --quick            small sizes and few runs (a smoke run, not a measurement)
  --only <areas>     comma-separated: http, gen (default: both)
  --build            compile to dist/ first so the generator CLI is also timed from dist/
  --out <dir>        where JSON results go (default: bench-results)
  --docs <dir>       Godot docs root (default: ../shared/godot-docs/4.6.3)
  --make-rst <file>  Godot's doc/tools/make_rst.py (from a Godot checkout; or $GODOT_MAKE_RST):
                     timed with python3 on the same corpus, in the same rounds as the generator
  --scratch <dir>    where the generator cases write their outputs (default: /dev/shm when it is
                     a writable folder, else the OS temp folder)
  -h, --help         this text
`;

/** Parses the bench's command line; relative paths are taken from the repo root. */
export function parseBenchArgs(argv: readonly string[], repoRoot: string): BenchOptions | "help" {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      quick: { type: "boolean" },
      only: { type: "string" },
      build: { type: "boolean" },
      out: { type: "string" },
      docs: { type: "string" },
      "make-rst": { type: "string" },
      scratch: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) return "help";
  const areas = new Set<Area>();
  for (const name of (values.only ?? "http,gen").split(",").map((s) => s.trim())) {
    if (name !== "http" && name !== "gen")
      throw new Error(`--only: unknown area "${name}" (http, gen)`);
    areas.add(name);
  }
  return {
    quick: values.quick === true,
    areas,
    repoRoot,
    docsRoot: path.resolve(repoRoot, values.docs ?? "../shared/godot-docs/4.6.3"),
    outDir: path.resolve(repoRoot, values.out ?? "bench-results"),
    build: values.build === true,
    makeRst: makeRstPath(values["make-rst"] ?? process.env["GODOT_MAKE_RST"], repoRoot),
    scratch:
      values.scratch !== undefined ? path.resolve(repoRoot, values.scratch) : defaultScratch(),
  };
}

const RAM_FOLDER = "/dev/shm";

/** /dev/shm (tmpfs on Linux) when this process may write there, else the OS temp folder. */
export function defaultScratch(): string {
  try {
    if (statSync(RAM_FOLDER).isDirectory()) {
      accessSync(RAM_FOLDER, constants.W_OK);
      return RAM_FOLDER;
    }
  } catch {
    // Not Linux, or no tmpfs mounted there: fall through.
  }
  return os.tmpdir();
}

function makeRstPath(given: string | undefined, repoRoot: string): string | null {
  if (given === undefined || given === "") return null;
  return path.resolve(repoRoot, given);
}
