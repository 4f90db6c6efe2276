/**
 * Tokens → a tree. Containers (`[b]...[/b]`) nest on a stack; a closing tag closes the nearest
 * open container of the same name, and containers left open in between are dissolved: their
 * opening tag becomes text and their children move up. A closing tag with no opener is text.
 * Nothing here throws, whatever the input.
 */
import { tokenize } from "./tokenize.js";
import type { Token } from "./tokenize.js";

/** Cross-reference tags: `[method C.x]`, `[param x]`... They take an argument and no closing tag. */
const REFERENCE_TAGS = [
  "method",
  "member",
  "constant",
  "enum",
  "signal",
  "annotation",
  "constructor",
  "operator",
  "theme_item",
  "param",
] as const;
export type ReferenceTag = (typeof REFERENCE_TAGS)[number];

/** Formatting tags with content. Styles without a TSDoc equivalent keep just their text. */
const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  "b",
  "i",
  "u",
  "s",
  "kbd",
  "center",
  "url",
  "color",
  "font",
  "font_size",
  "bgcolor",
  "fgcolor",
  "outline_size",
  "outline_color",
  "indent",
  "img",
  "codeblocks",
]);

export type BBNode =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "container";
      readonly tag: string;
      readonly arg: string;
      readonly children: readonly BBNode[];
    }
  /** `[code]` content, verbatim. */
  | { readonly kind: "code"; readonly content: string }
  /** `[codeblock]`, `[gdscript]`, `[csharp]`; `language` already chosen. */
  | { readonly kind: "codeblock"; readonly language: string; readonly content: string }
  | {
      readonly kind: "reference";
      readonly tag: ReferenceTag;
      readonly target: string;
      readonly raw: string;
    }
  /** `[Name]`: a class reference if such a class exists, else literal text. */
  | { readonly kind: "bracketName"; readonly name: string; readonly raw: string }
  | { readonly kind: "lineBreak" };

const isReferenceTag = (name: string): name is ReferenceTag =>
  (REFERENCE_TAGS as readonly string[]).includes(name);

/**
 * Deeper containers are taken as text: rendering recurses per level, and Godot's docs never
 * nest more than three deep, so this only bounds hostile input.
 */
const MAX_NESTING = 32;

interface Frame {
  readonly tag: string;
  readonly arg: string;
  readonly raw: string;
  readonly children: BBNode[];
}

export function parseBBCode(source: string): BBNode[] {
  return buildTree(tokenize(source));
}

function buildTree(tokens: readonly Token[]): BBNode[] {
  const root: Frame = { tag: "", arg: "", raw: "", children: [] };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1] ?? root;

  for (const token of tokens) {
    const into = top().children;
    switch (token.kind) {
      case "text":
        into.push({ kind: "text", text: token.text });
        break;
      case "literal":
        into.push(literalNode(token.name, token.arg, token.content));
        break;
      case "open":
        if (CONTAINER_TAGS.has(token.name) && stack.length <= MAX_NESTING) {
          stack.push({ tag: token.name, arg: token.arg, raw: token.raw, children: [] });
        } else {
          into.push(selfContainedNode(token.name, token.arg, token.raw));
        }
        break;
      case "close": {
        const depth = findOpen(stack, token.name);
        if (depth === -1) {
          into.push({ kind: "text", text: token.raw });
          break;
        }
        while (stack.length - 1 > depth) dissolve(stack);
        const frame = stack.pop() ?? root;
        top().children.push({
          kind: "container",
          tag: frame.tag,
          arg: frame.arg,
          children: frame.children,
        });
        break;
      }
    }
  }
  while (stack.length > 1) dissolve(stack);
  return root.children;
}

function findOpen(stack: readonly Frame[], name: string): number {
  for (let i = stack.length - 1; i >= 1; i--) if (stack[i]?.tag === name) return i;
  return -1;
}

/** Pops an unclosed container: its opening tag turns into text, its children move up. */
function dissolve(stack: Frame[]): void {
  const frame = stack.pop();
  const parent = stack[stack.length - 1];
  if (frame === undefined || parent === undefined) return;
  parent.children.push({ kind: "text", text: frame.raw }, ...frame.children);
}

function literalNode(name: string, arg: string, content: string): BBNode {
  if (name === "code") return { kind: "code", content };
  if (name === "codeblock") {
    // `[codeblock lang=text]`; a bare `[codeblock]` is GDScript, as in Godot's own docs build.
    const lang = /(?:^|\s)lang=(\S+)/.exec(arg)?.[1];
    return { kind: "codeblock", language: lang ?? "gdscript", content };
  }
  return { kind: "codeblock", language: name, content };
}

function selfContainedNode(name: string, arg: string, raw: string): BBNode {
  if (isReferenceTag(name) && arg !== "") return { kind: "reference", tag: name, target: arg, raw };
  if (arg === "") {
    if (name === "br") return { kind: "lineBreak" };
    if (name === "lb") return { kind: "text", text: "[" };
    if (name === "rb") return { kind: "text", text: "]" };
    if (!isReferenceTag(name)) return { kind: "bracketName", name, raw };
  }
  return { kind: "text", text: raw };
}
