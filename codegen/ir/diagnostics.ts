import type { SourceLocation } from "./types.js";

/**
 * An error in the generator's input (malformed XML, unknown element, dangling type reference,
 * bad config). It always names where: the CLI prints `file:line: message` and exits 1.
 */
export class GeneratorInputError extends Error {
  readonly file: string;
  readonly line: number | null;
  constructor(message: string, where: { file: string; line?: number | null }) {
    super(
      where.line != null ? `${where.file}:${where.line}: ${message}` : `${where.file}: ${message}`,
    );
    this.name = "GeneratorInputError";
    this.file = where.file;
    this.line = where.line ?? null;
  }
}

/** A BBCode cross-reference that could not become a `{@link}` (target outside the emitted set or unknown). */
export interface LinkMiss {
  /** The class whose docs hold the reference. */
  readonly className: string;
  /** The BBCode tag (`method`, `member`, `constant`, `enum`, `signal`, `class`...). */
  readonly tag: string;
  /** The target as written (`HTTPClient.poll`, `Status`). */
  readonly target: string;
  /** True when the target exists in the corpus but outside the emitted set; false when it exists nowhere (a broken reference). */
  readonly outsideEmittedSet: boolean;
  readonly loc?: SourceLocation;
}
