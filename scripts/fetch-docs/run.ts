import { EXIT, UsageError, type CliIO } from "../../codegen/cli/command.js";
import { relative } from "../../codegen/cli/summary.js";
import { describeFailure, FetchDocsError } from "./errors.js";
import { fetchDocs, type FetchDocsOutcome } from "./fetchDocs.js";
import { FETCH_DOCS_HELP, parseFetchDocsArgs } from "./options.js";
import { formatBytes, Progress } from "./progress.js";
import { trustBundledPlus } from "./trust.js";
import { shortUrl } from "./url.js";

const NAME = "godot-typed fetch-docs";

/** The `fetch-docs` command: returns the exit code (0 ok, 1 fetch failed, 2 via UsageError). */
export async function runFetchDocs(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseFetchDocsArgs(args, io.cwd);
  if (parsed === "help") {
    io.stdout.write(FETCH_DOCS_HELP);
    return EXIT.ok;
  }
  let trustedChain = null;
  if (parsed.caPath !== null) {
    const trust = trustBundledPlus(parsed.caPath);
    if (typeof trust === "string") throw new UsageError(trust);
    trustedChain = trust;
  }
  const progress = new Progress(parsed.quiet ? null : io.stderr);
  let outcome: FetchDocsOutcome;
  try {
    outcome = await fetchDocs({ ...parsed, trustedChain }, progress);
  } catch (error) {
    if (!(error instanceof FetchDocsError)) throw error;
    io.stderr.write(`${NAME}: ${describeFailure(error)}\n`);
    return EXIT.failure;
  }
  io.stdout.write(formatOutcome(parsed.version, parsed.url, outcome, io.cwd));
  return EXIT.ok;
}

function formatOutcome(
  version: string,
  source: URL,
  outcome: FetchDocsOutcome,
  cwd: string,
): string {
  const folder = relative(cwd, outcome.folder);
  const use = `  use:      godot-typed generate --docs ${folder}`;
  if (outcome.kind === "cached") {
    return `${NAME}: Godot ${version} class reference already in ${folder} (--force fetches it again)\n${use}\n`;
  }
  const hops =
    outcome.redirects === 0
      ? ""
      : ` (${outcome.redirects} redirect${outcome.redirects === 1 ? "" : "s"}, from ${shortUrl(outcome.finalUrl)})`;
  return [
    `${NAME}: Godot ${version} class reference in ${folder}`,
    `  source:   ${shortUrl(source)}${hops}`,
    `  received: ${formatBytes(outcome.bytes)}`,
    `  files:    ${outcome.classFiles} class files${outcome.schema ? " + doc/class.xsd" : ""}`,
    use,
    "",
  ].join("\n");
}
