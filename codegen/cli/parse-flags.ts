import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type FlagsConfig<T extends Options> = {
  args: string[];
  options: T;
  allowPositionals: boolean;
  strict: true;
};
/** Spelled out so declaration emit can name it (@types/node does not export its result type). */
export type ParsedFlags<T extends Options> = ReturnType<typeof parseArgs<FlagsConfig<T>>>;

/** node:util parseArgs, with its errors turned into UsageError (exit 2). */
export function parseFlags<T extends Options>(
  args: readonly string[],
  options: T,
  allowPositionals: boolean,
): ParsedFlags<T> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
