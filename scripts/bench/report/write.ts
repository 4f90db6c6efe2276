import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BenchReport } from "./types.js";

/** Writes <dir>/<timestamp>.json and <dir>/latest.json; returns the timestamped path. */
export async function writeReport(dir: string, report: BenchReport): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const file = path.join(dir, `${stamp}.json`);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(file, json);
  await writeFile(path.join(dir, "latest.json"), json);
  return file;
}
