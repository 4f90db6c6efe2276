/**
 * The TSDoc configuration every emitted comment is written for, and a checker the emitter and
 * the tests share. Only standard tags are used, so the default configuration is the right one.
 */
import { TSDocConfiguration, TSDocParser } from "@microsoft/tsdoc";

let parser: TSDocParser | undefined;

/** The configuration comments are checked against (standard tags only). */
export function tsdocConfiguration(): TSDocConfiguration {
  return new TSDocConfiguration();
}

/** Every message `@microsoft/tsdoc` logs for a complete `/** ... *\/` comment (empty = clean). */
export function tsdocMessages(comment: string): string[] {
  parser ??= new TSDocParser(tsdocConfiguration());
  return parser
    .parseString(comment)
    .log.messages.map((m) => `${m.messageId}: ${m.unformattedText}`);
}
