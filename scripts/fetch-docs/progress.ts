/** Where progress goes: stderr of the CLI, or nowhere with --quiet. */
export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

const PREFIX = "[fetch-docs]";
/** Between two download lines on a pipe or file; a terminal line is rewritten in place instead. */
const LINE_INTERVAL_MS = 1000;
const TTY_INTERVAL_MS = 100;

/**
 * Progress on stderr: one line per step (connecting, redirect), then the download line — bytes
 * received (of the total when Content-Length gave one) and files extracted so far.
 */
export class Progress {
  readonly #output: ProgressOutput | null;
  readonly #tty: boolean;
  #received = 0;
  #total: number | null = null;
  #files = 0;
  #lastLineAt = Number.NEGATIVE_INFINITY;
  #openTtyLine = false;

  constructor(output: ProgressOutput | null) {
    this.#output = output;
    this.#tty = output?.isTTY === true;
  }

  step(message: string): void {
    this.#endTtyLine();
    this.#output?.write(`${PREFIX} ${message}\n`);
  }

  /** The body begins; its first line waits an interval, so a quick download shows only the last. */
  start(total: number | null): void {
    this.#total = total;
    this.#lastLineAt = performance.now();
  }

  received(bytes: number): void {
    this.#received += bytes;
    this.#maybeShow();
  }

  extracted(): void {
    this.#files += 1;
    this.#maybeShow();
  }

  /** The closing download line, always shown. */
  finish(): void {
    this.#show();
    this.#endTtyLine();
  }

  #maybeShow(): void {
    const now = performance.now();
    if (now - this.#lastLineAt < (this.#tty ? TTY_INTERVAL_MS : LINE_INTERVAL_MS)) return;
    this.#lastLineAt = now;
    this.#show();
  }

  #show(): void {
    if (this.#output === null) return;
    const line = `${PREFIX} downloaded ${formatDownloaded(this.#received, this.#total)}, ${this.#files} file${this.#files === 1 ? "" : "s"} extracted`;
    if (this.#tty) {
      this.#output.write(`\r\x1b[2K${line}`);
      this.#openTtyLine = true;
    } else this.#output.write(`${line}\n`);
  }

  #endTtyLine(): void {
    if (!this.#openTtyLine) return;
    this.#output?.write("\n");
    this.#openTtyLine = false;
  }
}

/** `3.2 MiB / 45.0 MiB (7%)`, or `3.2 MiB` when the total is unknown. */
export function formatDownloaded(received: number, total: number | null): string {
  if (total === null || total <= 0) return formatBytes(received);
  const percent = Math.min(100, Math.floor((received / total) * 100));
  return `${formatBytes(received)} / ${formatBytes(total)} (${percent}%)`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
