// Bounded soak: 10,000 keep-alive requests on one connection, 1,000 connect/close cycles, 1,000
// refused connects, and blocking-mode cycles. Each runs in a fresh `node --expose-gc` child
// (soak-scenarios.ts), so the counts are the client's alone. Afterwards libuv resources and
// process listeners must be back at their starting counts, the client's sockets destroyed, and
// heap growth (after full GCs; the figure is printed) under a generous bound.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mib } from "./census.js";
import { SCENARIOS, type ScenarioName, type SoakReport } from "./soak-scenarios.js";

const HEAP_GROWTH_LIMIT = 32 * 1024 * 1024;
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");

type ChildOutput = (SoakReport & { error?: undefined }) | { error: string };

/** The child's report: the last stdout line as JSON, or null when there is none. */
function parseLastLine(stdout: string): ChildOutput | null {
  try {
    return JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as ChildOutput;
  } catch {
    return null;
  }
}

/** Runs one scenario in a child process, killed when its budget (plus start-up slack) runs out. */
function runChild(scenario: ScenarioName): Promise<SoakReport> {
  const budgetMs = SCENARIOS[scenario].budgetMs + 20_000;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...(SCENARIOS[scenario].exposeGc ? ["--expose-gc"] : []),
        "--import",
        "tsx",
        path.join(here, "soak-child.ts"),
        scenario,
      ],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], timeout: budgetMs },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const parsed = parseLastLine(stdout);
      if (parsed === null || parsed.error !== undefined || code !== 0) {
        const why = parsed?.error ?? `exit ${code} ${signal ?? ""}`;
        reject(new globalThis.Error(`soak ${scenario} failed: ${why}\n${stderr.slice(-2000)}`));
      } else resolve(parsed);
    });
  });
}

function printFigures(report: SoakReport): void {
  const growth = report.heapAfter - report.heapBefore;
  console.log(
    `[soak] ${report.scenario}: ${report.iterations} iterations in ${Math.round(report.ms)} ms; ` +
      `heap ${mib(report.heapBefore)} → ${mib(report.heapAfter)} (${growth >= 0 ? "+" : ""}${mib(growth)}); ` +
      `client sockets created ${report.socketsCreated}, reachable after GC ${report.socketsReachable}`,
  );
}

/** The checks every scenario shares. */
function expectNoLeaks(report: SoakReport): void {
  printFigures(report);
  expect(report.iterations).toBe(SCENARIOS[report.scenario].count);
  expect(report.resourcesLeft, "resource types above their starting count").toEqual({});
  expect(report.resourcesAfter, "resources after settling").toEqual(report.resourcesBefore);
  expect(report.listenersAfter, "process listeners").toEqual(report.listenersBefore);
  expect(report.socketsReachableNotDestroyed, "client sockets left open").toBe(0);
  expect(report.heapAfter - report.heapBefore).toBeLessThan(HEAP_GROWTH_LIMIT);
}

const slow = (scenario: ScenarioName) => ({ timeout: SCENARIOS[scenario].budgetMs + 30_000 });

describe("soak (bounded, one child process per scenario)", () => {
  it("10,000 keep-alive requests on one connection", slow("keep-alive"), async () => {
    const report = await runChild("keep-alive");
    expectNoLeaks(report);
    // One connection carried everything, no request left a listener behind on its socket, and
    // close() destroyed it.
    expect(report.socketsCreated).toBe(1);
    expect(report.facts.serverConnections).toBe(1);
    expect(report.facts.socketListenersAfterLast).toEqual(report.facts.socketListenersAfterFirst);
    expect(report.facts.socketDestroyedByClose).toBe(true);
  });

  it("1,000 connect/close cycles", slow("connect-close"), async () => {
    const report = await runChild("connect-close");
    expectNoLeaks(report);
    expect(report.socketsCreated).toBe(SCENARIOS["connect-close"].count);
    expect(report.facts.serverConnections).toBe(SCENARIOS["connect-close"].count);
    // Dropped clients are collectable: nothing global holds them.
    expect(report.facts.clientsReachable).toBeLessThanOrEqual(1);
  });

  it("500 TLS connect/request/close cycles", slow("tls-cycles"), async () => {
    const report = await runChild("tls-cycles");
    expectNoLeaks(report);
    expect(report.socketsCreated).toBe(SCENARIOS["tls-cycles"].count);
    expect(report.facts.serverConnections).toBe(SCENARIOS["tls-cycles"].count);
  });

  it("1,000 refused connects (half never closed)", slow("refused"), async () => {
    const report = await runChild("refused");
    expectNoLeaks(report);
    expect(report.socketsCreated).toBe(SCENARIOS.refused.count);
    expect(report.facts.clientsReachable).toBeLessThanOrEqual(1);
  });

  it(
    "blocking-mode cycles (a worker thread per connection), one request each",
    slow("blocking"),
    async () => {
      const report = await runChild("blocking");
      expectNoLeaks(report);
      expect(report.facts.serverConnections).toBe(SCENARIOS.blocking.count);
    },
  );
});
