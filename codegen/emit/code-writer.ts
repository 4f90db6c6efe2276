/**
 * The text writer the emitters use: the part of code-block-writer's API and layout they need
 * (`writeLine`, `write`, `block`, `inlineBlock`, `indent`, `newLine`, `blankLine`), with
 * 2-space indentation. code-block-writer also follows string, comment and regex state character
 * by character so it never indents inside a multi-line string; generated code has none (doc
 * comments go in as one-line placeholders, see emit-context.ts), and that bookkeeping was the
 * writer's main cost (~0.3 s of the whole corpus). test/emit/code-writer.test.ts holds this
 * writer's output equal to code-block-writer's for the calls the emitters make.
 */
const INDENT = "  ";

export class CodeWriter {
  readonly #chunks: string[] = [];
  #lastChar: string | null = null;
  #indentation = 0;
  #newLineOnNextWrite = false;

  /** Ends the current line (if it has text), writes `text` and a newline. */
  writeLine(text: string): this {
    this.#newLineIfPending();
    if (this.#lastChar !== null) this.newLineIfLastNot();
    this.#writeIndentingNewLines(text);
    this.newLine();
    return this;
  }

  write(text: string): this {
    this.#newLineIfPending();
    this.#writeIndentingNewLines(text);
    return this;
  }

  newLine(): this {
    this.#newLineOnNextWrite = false;
    this.#push("\n");
    return this;
  }

  newLineIfLastNot(): this {
    this.#newLineIfPending();
    if (this.#lastChar !== "\n") this.newLine();
    return this;
  }

  blankLine(): this {
    return this.newLineIfLastNot().newLine();
  }

  /** ` {`, the indented body, `}`, and a newline before whatever comes next. */
  block(body: () => void): this {
    this.#newLineIfPending();
    if (this.#lastChar !== null && this.#lastChar !== "\n" && this.#lastChar !== " ")
      this.#writeIndentingNewLines(" ");
    this.inlineBlock(body);
    this.#newLineOnNextWrite = true;
    return this;
  }

  /** `{`, the indented body, `}` with nothing after it. */
  inlineBlock(body: () => void): this {
    this.#newLineIfPending();
    this.write("{");
    this.#indented(body);
    this.newLineIfLastNot().write("}");
    return this;
  }

  indent(body: () => void): this {
    this.#indented(body);
    if (this.#lastChar !== "\n") this.#newLineOnNextWrite = true;
    return this;
  }

  toString(): string {
    return this.#chunks.join("");
  }

  #indented(body: () => void): void {
    if (this.#lastChar !== null) this.newLineIfLastNot();
    this.#indentation++;
    body();
    this.#indentation = Math.max(0, this.#indentation - 1);
  }

  #newLineIfPending(): void {
    if (!this.#newLineOnNextWrite) return;
    this.#newLineOnNextWrite = false;
    this.newLine();
  }

  #writeIndentingNewLines(text: string): void {
    if (text === "") {
      this.#writePiece("");
      return;
    }
    const pieces = text.split(/\r?\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) this.#push("\n");
      if (piece !== "") this.#writePiece(piece);
    });
  }

  /** Text on one line: indented when it starts the line. */
  #writePiece(piece: string): void {
    if ((this.#lastChar === null || this.#lastChar === "\n") && this.#indentation > 0)
      this.#push(INDENT.repeat(this.#indentation));
    if (piece !== "") this.#push(piece);
  }

  #push(text: string): void {
    this.#chunks.push(text);
    this.#lastChar = text[text.length - 1] ?? this.#lastChar;
  }
}
