/**
 * Wakes async waiters when socket events record something new. Events call notify(); a waiter
 * awaits next(maxMs), which settles on the next notify or after maxMs, whichever is first, so
 * every wait is bounded.
 */
export class Wakeup {
  #waiters: (() => void)[] = [];

  notify(): void {
    const waiters = this.#waiters;
    if (waiters.length === 0) return;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  next(maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(0, Math.min(maxMs, 2_147_483_647)));
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#waiters.push(done);
    });
  }
}
