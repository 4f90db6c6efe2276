import type { CliCommand } from "../command.js";

/**
 * A command as the top level knows it: enough for `--help`, with the code loaded on use. The
 * summary repeats the command's own (test/codegen/cli.test.ts holds them equal).
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for the top-level `--help` listing. */
  readonly summary: string;
  load(): Promise<CliCommand>;
}

/**
 * Every command the CLI knows, in `--help` order. Each is imported only when it runs, so
 * `generate` does not pay for loading `diff`, `audit` or `fetch-docs` (tar, the HTTP client).
 * Adding one is a file in this folder exporting a CliCommand plus one entry here.
 */
export const commands: readonly CommandEntry[] = [
  {
    name: "generate",
    summary: "generate the typed API from Godot's class reference XML",
    load: async () => (await import("./generate.js")).generateCommand,
  },
  {
    name: "diff",
    summary: "compare two versions of the class reference (added, removed, renamed, changed)",
    load: async () => (await import("./diff.js")).diffCommand,
  },
  {
    name: "audit",
    summary: "report parity between the documented API and the implementations",
    load: async () => (await import("./audit.js")).auditCommand,
  },
  {
    name: "fetch-docs",
    summary: "download one Godot version's class reference XML into a local cache",
    load: async () => (await import("./fetch-docs.js")).fetchDocsCommand,
  },
];
