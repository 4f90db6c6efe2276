// Entry point of one soak run: `node --expose-gc --import tsx soak-child.ts <scenario>`. Prints
// the report as one JSON line on stdout; a failure prints {"error": ...} and exits 1. It exits
// explicitly, so a handle the client leaked shows in the report instead of hanging the run.
import { runScenario, SCENARIOS, type ScenarioName } from "./soak-scenarios.js";

function finish(output: unknown, code: number): void {
  process.stdout.write(`${JSON.stringify(output)}\n`, () => process.exit(code));
}

const name = process.argv[2] ?? "";
if (!(name in SCENARIOS)) finish({ error: `unknown scenario ${JSON.stringify(name)}` }, 1);
else {
  try {
    finish(await runScenario(name as ScenarioName), 0);
  } catch (error) {
    finish({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, 1);
  }
}
