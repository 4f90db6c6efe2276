/** The shape every CLI command implements; `commands/index.ts` lists them. */

export interface CliIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the top-level `--help` listing. */
  readonly summary: string;
  /** The full `godot-typed <name> --help` text. */
  readonly help: string;
  /** Returns the exit code (see EXIT). Throw UsageError for bad arguments. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}

export const EXIT = {
  ok: 0,
  /** Bad input (XML, config, docs root) or, with --check, a stale output folder. */
  failure: 1,
  /** Bad command line. */
  usage: 2,
} as const;

/** A command-line mistake: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
