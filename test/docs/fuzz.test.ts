/**
 * Property-based fuzzing of the converter (issue 6): on arbitrary BBCode-ish input it never
 * throws, its output parses in tsdoc with zero messages, and the comment closes only at its end.
 * Budgets are fixed and seeded; fast-check prints the seed and the shrunk input on failure.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bbcodeToTsdoc,
  buildDocComment,
  formatComment,
  tsdocMessages,
} from "../../codegen/docs/index.js";
import { fixtureContext } from "./fixture-corpus.js";

const SEED = 20_260_426;
const NUM_RUNS = 600;

const TAG_NAMES = [
  "b",
  "i",
  "u",
  "s",
  "code",
  "kbd",
  "codeblock",
  "codeblocks",
  "gdscript",
  "csharp",
  "url",
  "center",
  "color",
  "font",
  "img",
  "br",
  "lb",
  "rb",
  "param",
  "method",
  "member",
  "constant",
  "enum",
  "signal",
  "annotation",
  "constructor",
  "operator",
  "theme_item",
  "HTTPClient",
  "Node",
  "@GlobalScope",
  "GridMap",
  "foo",
];
const TARGETS = [
  "poll",
  "HTTPClient.poll",
  "TLSOptions.client",
  "OK",
  "Status",
  "Variant.Type",
  "type",
  "x",
  "@GDScript.@export",
  "Vector2.operator +",
  "Node.add_child",
  "a.b.c",
  "",
  "https://godotengine.org/a",
  "$DOCS_URL/x.html",
  "lang=text",
  "*/",
  "{@link x}",
];
const HOSTILE = [
  "*/",
  "/*",
  "*",
  "/",
  "@",
  "@param",
  "{",
  "}",
  "{@link",
  "`",
  "``",
  "```",
  "\\",
  "<",
  ">",
  "<b>",
  "|",
  "\n",
  "\r\n",
  "\t",
  " ",
  "[",
  "]",
  "[/",
  "=",
  "&",
  "$DOCS_URL",
  "https://",
  "_",
  "~",
  "π",
  "\u2028",
];

const tag = fc.oneof(
  fc.constantFrom(...TAG_NAMES).map((name) => `[${name}]`),
  fc.constantFrom(...TAG_NAMES).map((name) => `[/${name}]`),
  fc
    .tuple(fc.constantFrom(...TAG_NAMES), fc.constantFrom(" ", "="), fc.constantFrom(...TARGETS))
    .map(([name, sep, target]) => `[${name}${sep}${target}]`),
);
const fragment = fc.oneof(
  { weight: 4, arbitrary: tag },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
);
const bbcodeish = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));

/** The checks every produced comment must pass; returns what went wrong, if anything. */
function problems(comment: string): string[] {
  if (comment === "") return [];
  const found = tsdocMessages(comment);
  if (comment.indexOf("*/") !== comment.length - 2) found.push("comment closes before its end");
  return found;
}

describe("fuzzing the BBCode → TSDoc converter", () => {
  it("bbcodeToTsdoc: never throws, always parses, never closes the comment early", () => {
    fc.assert(
      fc.property(bbcodeish, (bbcode) => {
        const result = bbcodeToTsdoc(bbcode, fixtureContext());
        expect(problems(formatComment(result.text))).toEqual([]);
        // Wrapped into a multi-line comment with other text too (the one-line form differs).
        expect(problems(formatComment(`Summary.\n\n${result.text}`))).toEqual([]);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it("bbcodeToTsdoc: dense strings of syntax characters", () => {
    const dense = fc
      .array(fc.constantFrom(..."[]/*@{}`\\<>|=\n\t b_~#-".split("")), { maxLength: 60 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(dense, (text) => {
        expect(problems(formatComment(bbcodeToTsdoc(text, fixtureContext()).text))).toEqual([]);
      }),
      { seed: SEED + 2, numRuns: NUM_RUNS },
    );
  });

  it("buildDocComment: every part fuzzed at once", () => {
    const parts = fc.record(
      {
        brief: bbcodeish,
        description: bbcodeish,
        tutorials: fc.array(
          fc.record({ title: bbcodeish, url: fc.oneof(fc.constantFrom(...TARGETS), bbcodeish) }),
          {
            maxLength: 2,
          },
        ),
        params: fc.array(
          fc.record({
            name: fc.constantFrom("port", "default", "class", "from"),
            description: bbcodeish,
          }),
          { maxLength: 2 },
        ),
        returns: bbcodeish,
        defaultValue: fc.oneof(fc.constant(null), bbcodeish),
        deprecated: bbcodeish,
        experimental: bbcodeish,
        notes: fc.array(bbcodeish, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(parts, (p) => {
        expect(problems(buildDocComment(p, fixtureContext()).comment)).toEqual([]);
      }),
      { seed: SEED + 1, numRuns: NUM_RUNS / 2 },
    );
  });
});
