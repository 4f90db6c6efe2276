import type { CaseResult, SkippedCase } from "../report/types.js";
import { largeBodyCases, type LargeOptions } from "./largeBody.js";
import { compileBenchChildren } from "./benchChild.js";
import { memoryCase, type MemoryOptions } from "./memory.js";
import { spawnBenchServer } from "./server/spawnServer.js";
import { smallRequestsCase, type SmallOptions } from "./smallRequests.js";
import { HTTPClient } from "../../../src/impl/index.js";
import { godot3Available } from "./subjects/godot3.js";

export interface HttpBenchOptions {
  readonly small: SmallOptions;
  readonly large: LargeOptions;
  readonly memory: MemoryOptions;
  readonly log: (line: string) => void;
}

/** All HTTP cases against one loopback server process, started here and stopped at the end. */
export async function runHttpCases(
  options: HttpBenchOptions,
): Promise<{ cases: CaseResult[]; skipped: SkippedCase[] }> {
  const cases: CaseResult[] = [];
  const skipped: SkippedCase[] = [];
  const blockingAvailable = hasBlockingMode();
  if (!blockingAvailable) {
    skipped.push({
      id: "http-blocking",
      title: "blocking mode",
      reason: "HTTPClient has no blocking_mode_enabled",
    });
  }
  if (!godot3Available()) {
    skipped.push({
      id: "http-godot3",
      title: "Godot 3.2.3 HTTPClient (reference)",
      reason: "godot3-server not installed (apt-get install godot3-server)",
    });
  }
  const compiled = await compileBenchChildren(options.log);
  options.log(
    `http: large-body and memory children run ${compiled === null ? "under tsx" : "as compiled JS"}`,
  );
  const server = await spawnBenchServer();
  try {
    options.log(`http: server pid ${server.pid} on ${server.host}:${server.port}`);
    options.log("http: small keep-alive requests");
    cases.push(await smallRequestsCase(server, options.small));
    for (const framing of ["length", "chunked"] as const) {
      options.log(`http: large body, ${framing}`);
      cases.push(...(await largeBodyCases(server, framing, options.large, blockingAvailable)));
    }
    options.log("http: memory");
    cases.push(await memoryCase(server, options.memory));
  } finally {
    await server.stop();
  }
  return { cases, skipped };
}

function hasBlockingMode(): boolean {
  const client = new HTTPClient();
  if (!("blocking_mode_enabled" in client)) return false;
  client.blocking_mode_enabled = true;
  return client.blocking_mode_enabled;
}
