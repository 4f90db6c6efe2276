import path from "node:path";
import { UsageError } from "../../codegen/cli/command.js";
import { parseFlags } from "../../codegen/cli/parse-flags.js";
import { defaultArchiveUrl, parseHttpUrl } from "./url.js";

export const DEFAULT_CACHE_DIR = ".cache/godot-docs";
/** GitHub's archive host may think for a while before the first byte of a large archive. */
const DEFAULT_TIMEOUT_S = 60;
const MAX_TIMEOUT_S = 3600;

export const FETCH_DOCS_HELP = `Usage: godot-typed fetch-docs <version> [options]

Downloads one Godot version's class reference (XML) into a local cache with this project's own
HTTPClient over TLS, following redirects, then prints the folder to give \`generate --docs\`.
Only doc/classes/*.xml, doc/class.xsd and {modules,platform}/*/doc_classes/*.xml are kept,
laid out as in a Godot checkout.

Arguments:
  <version>          Godot version, e.g. 4.6.3 or 3.6; also the cache folder's name.
                     The default source is the tag <version>-stable (a version with a "-",
                     such as 4.4-rc1, is taken as the whole tag).

Options:
  --cache <dir>      cache folder (default: ${DEFAULT_CACHE_DIR}); docs go to <dir>/<version>
  --url <url>        .tar.gz archive to fetch instead of the engine repository's tag archive
  --ca <pem>         also trust the CA certificates in this PEM file
  --timeout <s>      give up when the server is silent this long, connecting (at most 30 s)
                     or mid-response (default: 60)
  --force            fetch again even when <dir>/<version> is already complete
  --quiet            no progress lines on stderr
  -h, --help         show this help

The new folder replaces <dir>/<version> only once the whole archive has been read; a failed
fetch leaves the cache as it was.

Exit codes: 0 done (or already cached), 1 network, TLS, HTTP, archive or cache error,
2 bad command line.
`;

const OPTIONS = {
  cache: { type: "string" },
  url: { type: "string" },
  ca: { type: "string" },
  timeout: { type: "string" },
  force: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export interface FetchDocsArgs {
  readonly version: string;
  /** Absolute. */
  readonly cacheDir: string;
  readonly url: URL;
  /** Absolute, or null without --ca. */
  readonly caPath: string | null;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly timeoutMs: number;
}

/** A version names a folder in the cache, so it is one plain path segment. */
const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;

/** The parsed command line, or "help". Throws UsageError (exit 2) for a bad one. */
export function parseFetchDocsArgs(args: readonly string[], cwd: string): FetchDocsArgs | "help" {
  const { values, positionals } = parseFlags(args, OPTIONS, true);
  if (values.help === true) return "help";
  const [version, ...extra] = positionals;
  if (version === undefined) throw new UsageError("missing <version> (e.g. 4.6.3)");
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!VERSION_PATTERN.test(version) || version.includes("..")) {
    throw new UsageError(`"${version}" is not a version (letters, digits, ".", "-", "_")`);
  }
  let url = defaultArchiveUrl(version);
  if (values.url !== undefined) {
    const parsed = parseHttpUrl(values.url);
    if (parsed === null) throw new UsageError(`--url must be an http(s) URL, got "${values.url}"`);
    url = parsed;
  }
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_S : Number(values.timeout);
  if (!(timeout > 0 && timeout <= MAX_TIMEOUT_S)) {
    throw new UsageError(`--timeout must be a number of seconds in (0, ${MAX_TIMEOUT_S}]`);
  }
  if (values.cache === "") throw new UsageError("--cache needs a folder");
  if (values.ca === "") throw new UsageError("--ca needs a PEM file");
  return {
    version,
    cacheDir: path.resolve(cwd, values.cache ?? DEFAULT_CACHE_DIR),
    url,
    caPath: values.ca === undefined ? null : path.resolve(cwd, values.ca),
    force: values.force === true,
    quiet: values.quiet === true,
    timeoutMs: Math.round(timeout * 1000),
  };
}
