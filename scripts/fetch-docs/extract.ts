import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { Parser, type ReadEntry } from "tar";
import { FetchDocsError } from "./errors.js";
import { classifyEntry } from "./entries.js";

export interface ExtractedDocs {
  /** Distinct class files (`*.xml`) written. */
  readonly classFiles: number;
  /** Whether `doc/class.xsd` was in the archive. */
  readonly schema: boolean;
}

/** No class file comes near this; a larger "class file" is not one, and is not buffered. */
const MAX_KEPT_ENTRY_BYTES = 16 * 1024 * 1024;

/**
 * Streams a .tar.gz through node:zlib's gunzip into node-tar's Parser and writes the class
 * reference entries (see entries.ts) under `destination`. Nothing else is written: links, other
 * files and folders are skipped. An entry whose path would escape `destination` aborts the whole
 * extraction, as does a corrupt gzip or tar stream.
 */
export async function extractClassReference(
  gzipped: AsyncIterable<Uint8Array>,
  destination: string,
  onFile: (relativePath: string) => void = () => {},
): Promise<ExtractedDocs> {
  const sink = new ClassReferenceSink(destination, onFile);
  try {
    await pipeline(gzipped, createGunzip(), (source: AsyncIterable<Buffer>) =>
      sink.consume(source),
    );
  } catch (error) {
    // pipeline() rejects as soon as the source fails, while the sink may still be writing a
    // file: the caller removes `destination` next, so nothing may write into it after this.
    await sink.stop();
    if (error instanceof FetchDocsError) throw error;
    throw new FetchDocsError("archive", `not a readable .tar.gz: ${messageOf(error)}`);
  }
  return sink.result();
}

class ClassReferenceSink {
  readonly #destination: string;
  readonly #onFile: (relativePath: string) => void;
  #refusal: FetchDocsError | null = null;
  #parseError: unknown = null;
  /** File writes run one after another, so a repeated entry ends as the archive's last copy. */
  #writes: Promise<void> = Promise.resolve();
  readonly #classFiles = new Set<string>();
  #schema = false;
  #consuming: Promise<void> = Promise.resolve();
  #stopped = false;
  #wakeOnStop: () => void = () => {};
  readonly #stopSignal = new Promise<void>((resolve) => (this.#wakeOnStop = resolve));

  constructor(destination: string, onFile: (relativePath: string) => void) {
    this.#destination = destination;
    this.#onFile = onFile;
  }

  consume(source: AsyncIterable<Buffer>): Promise<void> {
    this.#consuming = this.#parse(source);
    return this.#consuming;
  }

  /** Drops writes not yet started and waits for the parse and the write under way to end. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wakeOnStop();
    await this.#consuming.catch(() => {});
    await this.#writes.catch(() => {});
  }

  async #parse(source: AsyncIterable<Buffer>): Promise<void> {
    // Input is already gunzipped; brotli/zstd sniffing would only misread an odd first block.
    const parser: Parser = new Parser({
      strict: true,
      brotli: false,
      zstd: false,
      filter: (entryPath, entry): boolean => this.#admit(parser, entryPath, entry as ReadEntry),
      onReadEntry: (entry) => this.#collect(entry),
    });
    const ended = new Promise<void>((resolve, reject) => {
      parser.on("end", resolve);
      parser.on("error", (error: unknown) => {
        this.#parseError = error;
        reject(error);
      });
    });
    ended.catch(() => {}); // observed below; this only keeps an early failure from going unhandled
    for await (const chunk of source) {
      this.#throwIfFailed();
      if (!parser.write(chunk)) {
        await Promise.race([onceDrained(parser), ended, this.#stopSignal]);
      }
      if (this.#stopped) return;
    }
    this.#throwIfFailed();
    parser.end();
    await ended.catch(() => this.#throwIfFailed());
    await this.#writes;
  }

  result(): ExtractedDocs {
    return { classFiles: this.#classFiles.size, schema: this.#schema };
  }

  #admit(parser: Parser, entryPath: string, entry: ReadEntry): boolean {
    const verdict = classifyEntry(entryPath, entry.type);
    if (verdict.kind === "refuse") {
      this.#refusal ??= new FetchDocsError(
        "archive",
        `refused archive entry "${entryPath}": ${verdict.reason}; nothing was written to the cache`,
      );
      parser.abort(this.#refusal);
      return false;
    }
    if (verdict.kind === "keep" && entry.size > MAX_KEPT_ENTRY_BYTES) {
      this.#refusal ??= new FetchDocsError(
        "archive",
        `refused archive entry "${entryPath}": ${entry.size} bytes is too large for a class file`,
      );
      parser.abort(this.#refusal);
      return false;
    }
    return verdict.kind === "keep";
  }

  #collect(entry: ReadEntry): void {
    const verdict = classifyEntry(entry.path, entry.type);
    if (verdict.kind !== "keep") return;
    const chunks: Buffer[] = [];
    entry.on("data", (chunk: Buffer) => chunks.push(chunk));
    entry.on("end", () => {
      const bytes = Buffer.concat(chunks);
      this.#writes = this.#writes.then(() => this.#write(verdict.relativePath, bytes));
    });
  }

  async #write(relativePath: string, bytes: Buffer): Promise<void> {
    if (this.#stopped) return;
    const file = path.join(this.#destination, ...relativePath.split("/"));
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    } catch (error) {
      throw new FetchDocsError("cache", `cannot write ${file}: ${messageOf(error)}`);
    }
    if (relativePath === "doc/class.xsd") this.#schema = true;
    else this.#classFiles.add(relativePath);
    this.#onFile(relativePath);
  }

  #throwIfFailed(): void {
    if (this.#refusal !== null) throw this.#refusal;
    if (this.#parseError !== null) throw this.#parseError;
  }
}

function onceDrained(parser: Parser): Promise<void> {
  return new Promise((resolve) => parser.once("drain", () => resolve()));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
