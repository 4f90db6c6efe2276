/**
 * One case per BBCode tag the corpus uses (GUIDE §4), plus nesting, unbalanced and unknown tags
 * and hostile text. Each output is asserted exactly and parsed by @microsoft/tsdoc.
 */
import { describe, expect, it } from "vitest";
import { bbcodeToTsdoc, formatComment, tsdocMessages } from "../../codegen/docs/index.js";
import { fixtureContext, fixtureContextAll } from "./fixture-corpus.js";

interface Case {
  readonly name: string;
  readonly bbcode: string;
  readonly tsdoc: string;
  /** Context class, HTTPClient unless given. */
  readonly in?: string;
  /** Resolve against the whole fixture corpus emitted (`--all`) instead of the bound set. */
  readonly all?: boolean;
  /** Expected misses as `tag target outside|broken`. */
  readonly misses?: readonly string[];
}

const CASES: readonly Case[] = [
  { name: "plain text", bbcode: "Hello world.", tsdoc: "Hello world." },
  { name: "[b]", bbcode: "[b]Note:[/b] x", tsdoc: "**Note:** x" },
  { name: "[i]", bbcode: "an [i]italic[/i] word", tsdoc: "an _italic_ word" },
  { name: "[u] keeps text", bbcode: "[u]under[/u]lined", tsdoc: "underlined" },
  { name: "[s]", bbcode: "[s]gone[/s]", tsdoc: "~~gone~~" },
  {
    name: "emphasis keeps spaces outside markers",
    bbcode: "a[b] bold [/b]b",
    tsdoc: "a **bold** b",
  },
  { name: "[code] is literal", bbcode: "[code]a[b]c[/b][/code]", tsdoc: "`a[b]c[/b]`" },
  { name: "[code] with a backtick", bbcode: "[code]a`b[/code]", tsdoc: "<code>a\\`b</code>" },
  { name: "[code] with */", bbcode: "[code]x */ y[/code]", tsdoc: "`x *\\/ y`" },
  {
    name: "[code] with @ and braces",
    bbcode: "[code]@export var a = {}[/code]",
    tsdoc: "`@export var a = {}`",
  },
  { name: "empty [code]", bbcode: "a [code][/code] b", tsdoc: "a  b" },
  { name: "[kbd]", bbcode: "press [kbd]Ctrl + S[/kbd]", tsdoc: "press `Ctrl + S`" },
  {
    name: "[codeblock] dedented, tabs as 4 spaces",
    bbcode: "Example:\n[codeblock]\n\tvar a = 1\n\tif a:\n\t\tprint(a)\n[/codeblock]\nAfter.",
    tsdoc: "Example:\n\n```gdscript\nvar a = 1\nif a:\n    print(a)\n```\n\nAfter.",
  },
  {
    name: "[codeblock lang=text]",
    bbcode: "[codeblock lang=text]\nplain [b]text[/b]\n[/codeblock]",
    tsdoc: "```text\nplain [b]text[/b]\n```",
  },
  {
    name: "[codeblock] with */, @ and a fence",
    bbcode: "[codeblock]\n/* c */\n@tool\n```\n[/codeblock]",
    tsdoc: "```gdscript\n/* c *\\/\n@tool\n``\u200b`\n```",
  },
  {
    name: "[codeblocks] keeps both languages",
    bbcode:
      "[codeblocks]\n[gdscript]\nvar x = 1\n[/gdscript]\n[csharp]\nint x = 1;\n[/csharp]\n[/codeblocks]",
    tsdoc: "```gdscript\nvar x = 1\n```\n\n```csharp\nint x = 1;\n```",
  },
  {
    name: "[url]",
    bbcode: "[url]https://godotengine.org[/url]",
    tsdoc: "{@link https://godotengine.org}",
  },
  {
    name: "[url=...]",
    bbcode: "see [url=https://godotengine.org/a_(b)]the site[/url].",
    tsdoc: "see {@link https://godotengine.org/a_(b) | the site}.",
  },
  {
    name: "[url] with $DOCS_URL",
    bbcode: "[url=$DOCS_URL/tutorials/x.html]Tutorial[/url]",
    tsdoc: "{@link https://docs.godotengine.org/en/4.6/tutorials/x.html | Tutorial}",
  },
  {
    name: "[url] not a URL",
    bbcode: "[url=relative/path]Text[/url]",
    tsdoc: "Text (`relative/path`)",
  },
  {
    name: "[url] text tsdoc cannot hold",
    bbcode: "[url=https://x.org]a | {b}[/url]",
    tsdoc: "a | \\{b\\} ({@link https://x.org})",
  },
  {
    name: "[url] containing */",
    bbcode: "[url=https://x.org/*/]x[/url]",
    tsdoc: "x (`https://x.org/*\\/`)",
  },
  { name: "[param]", bbcode: "uses [param port]", tsdoc: "uses `port`" },
  { name: "[method] in this class", bbcode: "[method poll]", tsdoc: "{@link HTTPClient.poll}" },
  {
    name: "[method] qualified",
    bbcode: "[method HTTPClient.poll]",
    in: "TLSOptions",
    tsdoc: "{@link HTTPClient.poll}",
  },
  {
    name: "[method] static",
    bbcode: "[method TLSOptions.client]",
    tsdoc: "{@link TLSOptionsStatic.client}",
  },
  {
    name: "[method] inherited",
    bbcode: "[method reference]",
    tsdoc: "{@link RefCounted.reference}",
  },
  {
    name: "[method] on @GlobalScope has no TS declaration",
    bbcode: "[method print]",
    tsdoc: "`print`",
    misses: ["method print outside"],
  },
  {
    name: "[member]",
    bbcode: "[member read_chunk_size]",
    tsdoc: "{@link HTTPClient.read_chunk_size}",
  },
  {
    name: "[member] named like a tsdoc selector links to its class",
    bbcode: "[member type]",
    tsdoc: "{@link HTTPClient | HTTPClient.type}",
  },
  {
    name: "[member] with a non-identifier name links to its class",
    bbcode: "[member HTTPClient.network/limits/timeout]",
    tsdoc: "{@link HTTPClient | HTTPClient.network/limits/timeout}",
  },
  {
    name: "[constant] enum value",
    bbcode: "[constant STATUS_CONNECTED]",
    tsdoc: "{@link HTTPClient_Status.STATUS_CONNECTED}",
  },
  {
    name: "[constant] plain",
    bbcode: "[constant RESPONSE_OK]",
    tsdoc: "{@link HTTPClient_constants.RESPONSE_OK}",
  },
  { name: "[constant] global enum value", bbcode: "[constant OK]", tsdoc: "{@link Error.OK}" },
  {
    name: "[constant] global plain, not emitted in the bound set",
    bbcode: "[constant PI_ISH]",
    tsdoc: "`PI_ISH`",
    misses: ["constant PI_ISH outside"],
  },
  {
    name: "[constant] global plain under --all",
    bbcode: "[constant PI_ISH]",
    all: true,
    tsdoc: "{@link GlobalScope_constants.PI_ISH}",
  },
  {
    name: "[constant] global enum value of an enum no member uses",
    bbcode: "[constant NOT_USED]",
    tsdoc: "`NOT_USED`",
    misses: ["constant NOT_USED outside"],
  },
  {
    name: "[constant] non-numeric",
    bbcode: "[constant Vector2.ZERO]",
    tsdoc: "{@link Vector2Static.ZERO}",
  },
  { name: "[enum]", bbcode: "[enum Status]", tsdoc: "{@link HTTPClient.Status}" },
  { name: "[enum] global", bbcode: "[enum Error]", tsdoc: "{@link Error}" },
  { name: "[enum] dotted global", bbcode: "[enum Variant.Type]", tsdoc: "{@link Variant_Type}" },
  {
    name: "[signal]",
    bbcode: "[signal status_changed]",
    tsdoc: "{@link HTTPClient.Signals.status_changed}",
  },
  {
    name: "[annotation] has no TS declaration",
    bbcode: "[annotation @GDScript.@export]",
    tsdoc: "`@GDScript.@export`",
    misses: ["annotation @GDScript.@export outside"],
  },
  {
    name: "[annotation] unqualified, found in @GDScript",
    bbcode: "[annotation @export]",
    tsdoc: "`@export`",
    misses: ["annotation @export outside"],
  },
  {
    name: "[constructor]",
    bbcode: "[constructor Vector2]",
    in: "Vector2",
    tsdoc: "{@link Vector2 | Vector2()}",
  },
  {
    name: "[operator]",
    bbcode: "[operator Vector2.operator +]",
    tsdoc: "{@link Vector2 | Vector2.operator +}",
  },
  {
    name: "[theme_item]",
    bbcode: "[theme_item font_color]",
    tsdoc: "{@link HTTPClient | font_color}",
  },
  { name: "[ClassName]", bbcode: "a [TLSOptions] object", tsdoc: "a {@link TLSOptions} object" },
  {
    name: "[@GlobalScope] has no TS declaration",
    bbcode: "[@GlobalScope]",
    tsdoc: "`@GlobalScope`",
    misses: ["class @GlobalScope outside"],
  },
  {
    name: "[ClassName] of a builtin mapped to a TS type",
    bbcode: "an [int] or [Vector2]",
    all: true,
    tsdoc: "an `int` or {@link Vector2}",
    misses: ["class int outside"],
  },
  {
    name: "[ClassName] outside the emitted set",
    bbcode: "a [Node]",
    tsdoc: "a `Node`",
    misses: ["class Node outside"],
  },
  {
    name: "[method] outside the emitted set",
    bbcode: "[method Node.add_child]",
    tsdoc: "`Node.add_child`",
    misses: ["method Node.add_child outside"],
  },
  {
    name: "broken [method]",
    bbcode: "[method nothing_here]",
    tsdoc: "`nothing_here`",
    misses: ["method nothing_here broken"],
  },
  {
    name: "broken [ClassName]",
    bbcode: "[GridMap]s",
    tsdoc: "`GridMap`s",
    misses: ["class GridMap broken"],
  },
  { name: "[br]", bbcode: "a[br]b", tsdoc: "a\n\nb" },
  { name: "[center]", bbcode: "[center]mid[/center]", tsdoc: "mid" },
  { name: "[lb] [rb]", bbcode: "[lb]b[rb]x[lb]/b[rb]", tsdoc: "[b]x[/b]" },
  {
    name: "[color] and [font] keep text",
    bbcode: "[color=red]x[/color] [font=a.ttf]y[/font]",
    tsdoc: "x y",
  },
  { name: "[img] keeps its path", bbcode: "[img]res://icon.png[/img]", tsdoc: "res://icon.png" },
  { name: "nested emphasis", bbcode: "[b][i]x[/i][/b]", tsdoc: "**_x_**" },
  {
    name: "reference inside emphasis",
    bbcode: "[b]see [method poll][/b]",
    tsdoc: "**see {@link HTTPClient.poll}**",
  },
  { name: "emphasis across paragraphs drops markers", bbcode: "[b]a\nb[/b]", tsdoc: "a\n\nb" },
  { name: "unclosed opener is text", bbcode: "[b]x", tsdoc: "[b]x" },
  { name: "stray closer is text", bbcode: "x[/b]", tsdoc: "x[/b]" },
  { name: "misnested: inner opener becomes text", bbcode: "[b][i]x[/b]", tsdoc: "**[i]x**" },
  { name: "unclosed [code] is text", bbcode: "[code]x", tsdoc: "[code]x" },
  { name: "unknown tag is text", bbcode: "[foo]x[/foo]", tsdoc: "[foo]x[/foo]" },
  { name: "reference tag without target is text", bbcode: "[method]", tsdoc: "[method]" },
  {
    name: "brackets that are not tags",
    bbcode: "array[0] and [1, 2] and [ ]",
    tsdoc: "array[0] and [1, 2] and [ ]",
  },
  { name: "comment terminator in text", bbcode: "a */ b", tsdoc: "a \\*\\/ b" },
  { name: "emphasis then slash", bbcode: "[b]x[/b]/y", tsdoc: "**x**\\/y" },
  {
    name: "@ at a word start and inside a word",
    bbcode: "use @export or a@b.c",
    tsdoc: "use \\@export or a\\@b.c",
  },
  { name: "braces", bbcode: "{a} {@link x}", tsdoc: "\\{a\\} \\{\\@link x\\}" },
  { name: "HTML-looking text", bbcode: "a <b> c < d > e", tsdoc: "a \\<b\\> c \\< d \\> e" },
  { name: "backslashes", bbcode: "C:\\path\\", tsdoc: "C:\\\\path\\\\" },
  { name: "stray backtick", bbcode: "a ` b", tsdoc: "a \\` b" },
  {
    name: "newlines are paragraphs, indentation dropped",
    bbcode: "\ta\n\tb\n\n\n\tc",
    tsdoc: "a\n\nb\n\nc",
  },
  { name: "CRLF input", bbcode: "a\r\nb", tsdoc: "a\n\nb" },
];

describe("bbcodeToTsdoc: one case per tag", () => {
  it.each(CASES)("$name", (c) => {
    const ctx = c.all ? fixtureContextAll(c.in) : fixtureContext(c.in);
    const result = bbcodeToTsdoc(c.bbcode, ctx);
    expect(result.text).toBe(c.tsdoc);
    expect(tsdocMessages(formatComment(result.text))).toEqual([]);
    const misses = result.misses.map(
      (m) => `${m.tag} ${m.target} ${m.outsideEmittedSet ? "outside" : "broken"}`,
    );
    expect(misses).toEqual(c.misses ?? []);
    for (const miss of result.misses)
      expect(miss).toMatchObject({ className: ctx.className, loc: ctx.loc });
  });

  it("takes containers nested beyond any real use as text instead of recursing", () => {
    const depth = 5000;
    const result = bbcodeToTsdoc(
      `${"[b]".repeat(depth)}x${"[/b]".repeat(depth)}`,
      fixtureContext(),
    );
    expect(result.text.startsWith("**".repeat(32))).toBe(true);
    expect(result.text).toContain("[b]x");
    expect(tsdocMessages(formatComment(result.text))).toEqual([]);
  });

  it("treats a long run of unclosed literal tags as text", () => {
    const result = bbcodeToTsdoc("[code]a".repeat(20_000), fixtureContext());
    expect(result.text).toBe("[code]a".repeat(20_000));
  });

  it("reports the classes and TS names its links point into", () => {
    const result = bbcodeToTsdoc(
      "[method poll] [constant OK] [method TLSOptions.client] [enum Status] [member RefCounted.reference]",
      fixtureContext(),
    );
    expect([...result.references].sort()).toEqual(["@GlobalScope", "HTTPClient", "TLSOptions"]);
    expect([...result.symbols].sort()).toEqual(["Error", "HTTPClient", "TLSOptionsStatic"]);
    expect(result.misses.map((m) => m.target)).toEqual(["RefCounted.reference"]);
  });
});
