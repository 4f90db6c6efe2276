/**
 * Wakeup (src/impl/http/Wakeup.ts) reuses one Timeout for every wait; these pin down what that
 * must not change: every wait is bounded, notify() wakes all waiters at once, a shorter bound
 * wakes the longer waiters early (they re-check and wait again), and an idle Wakeup, whose timer
 * may still be scheduled, never keeps the process alive.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Wakeup } from "../../src/impl/http/Wakeup.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

describe("Wakeup", () => {
  it("bounds a wait nobody notifies, and re-arms its timer for the next wait", async () => {
    const wakeup = new Wakeup();
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      await wakeup.next(40);
      const waited = performance.now() - start;
      expect(waited).toBeGreaterThanOrEqual(35);
      expect(waited).toBeLessThan(1000);
    }
  });

  it("notify() wakes every waiter at once, long before their bound", async () => {
    const wakeup = new Wakeup();
    const start = performance.now();
    const woken: number[] = [];
    const waits = [0, 1, 2].map((i) => wakeup.next(10_000).then(() => woken.push(i)));
    setTimeout(() => wakeup.notify(), 10);
    await Promise.all(waits);
    expect(woken.sort()).toEqual([0, 1, 2]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("a shorter bound wakes a longer waiter early, and a later shorter one is honoured", async () => {
    const wakeup = new Wakeup();
    const start = performance.now();
    const long = wakeup.next(10_000);
    const short = wakeup.next(30);
    await Promise.all([long, short]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("an idle Wakeup does not hold the process open", async () => {
    // The child waits (bound 10 s) and is notified after 20 ms; its timer is then unref'd but
    // still scheduled. The process must exit at once, not when the 10 s timer would fire.
    const script = `
      import { Wakeup } from ${JSON.stringify(new URL("../../src/impl/http/Wakeup.ts", import.meta.url).href)};
      const wakeup = new Wakeup();
      setTimeout(() => wakeup.notify(), 20);
      await wakeup.next(10_000);
      console.log("woken");
    `;
    const start = performance.now();
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>(
      (resolve, reject) => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", "--input-type=module", "-e", script],
          { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"], timeout: 20_000 },
        );
        let out = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
        child.on("error", reject);
        child.on("close", (exit) => resolve({ code: exit, stdout: out }));
      },
    );
    expect(stdout.trim()).toBe("woken");
    expect(code).toBe(0);
    expect(performance.now() - start).toBeLessThan(8000);
  }, 30_000);
});
