/** The emitters' writer lays text out exactly as code-block-writer does for the calls they make. */
import CodeBlockWriter from "code-block-writer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodeWriter } from "../../codegen/emit/code-writer.js";

interface Writer {
  writeLine(text: string): unknown;
  write(text: string): unknown;
  newLine(): unknown;
  blankLine(): unknown;
  block(body: () => void): unknown;
  inlineBlock(body: () => void): unknown;
  indent(body: () => void): unknown;
  toString(): string;
}

type Op =
  | { kind: "writeLine" | "write"; text: string }
  | { kind: "newLine" | "blankLine" }
  | { kind: "block" | "inlineBlock" | "indent"; body: Op[] };

function run(writer: Writer, ops: readonly Op[]): void {
  for (const op of ops) {
    if ("text" in op) writer[op.kind](op.text);
    else if ("body" in op) writer[op.kind](() => run(writer, op.body));
    else writer[op.kind]();
  }
}

function both(ops: readonly Op[]): [string, string] {
  const ours = new CodeWriter();
  const theirs = new CodeBlockWriter({
    indentNumberOfSpaces: 2,
    useSingleQuote: false,
    newLine: "\n",
  });
  run(ours, ops);
  run(theirs, ops);
  return [ours.toString(), theirs.toString()];
}

// Code as the emitters write it: identifiers, types, punctuation, one-line comments; quotes only
// in balanced pairs (code-block-writer's string tracking never sees an open string at a newline).
const word = fc.constantFrom(
  "export interface A",
  "x: number;",
  '"key": 1,',
  "/**@doc 3*/",
  "/** A doc. */",
  "type T = (typeof A_B)[keyof typeof A_B];",
  "",
  " as const);",
  "export const A = freeze(",
  "a\nb",
  "  indented",
);
const op: fc.Memo<Op> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(
        fc.record({ kind: fc.constantFrom("writeLine" as const, "write" as const), text: word }),
        fc.record({ kind: fc.constantFrom("newLine" as const, "blankLine" as const) }),
      )
    : fc.oneof(
        fc.record({ kind: fc.constantFrom("writeLine" as const, "write" as const), text: word }),
        fc.record({ kind: fc.constantFrom("newLine" as const, "blankLine" as const) }),
        fc.record({
          kind: fc.constantFrom("block" as const, "inlineBlock" as const, "indent" as const),
          body: fc.array(op(depth - 1), { maxLength: 4 }),
        }),
      ),
);

describe("CodeWriter", () => {
  it("writes a class-file-like sequence like code-block-writer", () => {
    const [ours, theirs] = both([
      { kind: "writeLine", text: "/** Doc. */" },
      { kind: "write", text: "export const A_E = freeze(" },
      {
        kind: "inlineBlock",
        body: [
          { kind: "writeLine", text: "/**@doc 0*/" },
          { kind: "writeLine", text: "X: 0," },
        ],
      },
      { kind: "write", text: " as const);" },
      { kind: "newLine" },
      { kind: "blankLine" },
      { kind: "write", text: "export interface A" },
      {
        kind: "block",
        body: [{ kind: "indent", body: [{ kind: "writeLine", text: "m(): void;" }] }],
      },
      { kind: "writeLine", text: "export {};" },
    ]);
    expect(ours).toBe(theirs);
    expect(ours).toContain("export const A_E = freeze({\n  /**@doc 0*/\n  X: 0,\n} as const);\n");
  });

  it("matches code-block-writer on random call sequences", () => {
    fc.assert(
      fc.property(fc.array(op(3), { maxLength: 8 }), (ops) => {
        const [ours, theirs] = both(ops);
        expect(ours).toBe(theirs);
      }),
      { numRuns: 500, seed: 20261126 },
    );
  });
});
