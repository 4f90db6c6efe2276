import { describe, expect, it } from "vitest";
import { formatBytes, formatDownloaded, Progress } from "../../scripts/fetch-docs/progress.js";

function recorder(isTTY: boolean): {
  output: { write(text: string): void; isTTY: boolean };
  text(): string;
} {
  let text = "";
  return { output: { write: (chunk: string) => void (text += chunk), isTTY }, text: () => text };
}

describe("progress", () => {
  it("formats sizes and the share of a known total", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(45 * 1024 * 1024)).toBe("45.0 MiB");
    expect(formatDownloaded(3 * 1024 * 1024, 12 * 1024 * 1024)).toBe("3.0 MiB / 12.0 MiB (25%)");
    expect(formatDownloaded(2048, null)).toBe("2.0 KiB");
  });

  it("on a pipe, writes whole lines: steps, then the closing download line", () => {
    const { output, text } = recorder(false);
    const progress = new Progress(output);
    progress.step("connecting to example.com:443");
    progress.start(4096);
    progress.received(4096);
    progress.extracted();
    progress.finish();
    expect(text()).toBe(
      "[fetch-docs] connecting to example.com:443\n" +
        "[fetch-docs] downloaded 4.0 KiB / 4.0 KiB (100%), 1 file extracted\n",
    );
  });

  it("on a terminal, rewrites one line in place and ends it before the next step", () => {
    const { output, text } = recorder(true);
    const progress = new Progress(output);
    progress.start(null);
    progress.received(10);
    progress.finish();
    progress.step("done");
    expect(text()).toBe(
      "\r\x1b[2K[fetch-docs] downloaded 10 B, 0 files extracted\n[fetch-docs] done\n",
    );
  });
});
