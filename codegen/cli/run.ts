import { GeneratorInputError } from "../ir/diagnostics.js";
import { EXIT, UsageError, type CliIO } from "./command.js";
import { commands } from "./commands/index.js";

const PROGRAM = "godot-typed";

function topLevelHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    `Run \`${PROGRAM} <command> --help\` for a command's options.`,
    "",
  ].join("\n");
}

/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(topLevelHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  try {
    if (command === undefined) throw new UsageError(`unknown command "${name}"`);
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\n`);
      io.stderr.write(
        `Run \`${PROGRAM} ${command === undefined ? "--help" : `${command.name} --help`}\` for usage.\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof GeneratorInputError) {
      io.stderr.write(`${PROGRAM}: error: ${error.message}\n`);
      return EXIT.failure;
    }
    io.stderr.write(
      `${PROGRAM}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.failure;
  }
}
