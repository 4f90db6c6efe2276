/**
 * Wakes async waiters when socket events record something new. Events call notify(); a waiter
 * awaits next(maxMs), which settles on the next notify or after maxMs, whichever is first, so
 * every wait is bounded. A waiter may also wake early (when another waiter's bound is shorter);
 * callers re-check their condition and wait again.
 *
 * One Timeout serves every wait. A body read waits once per socket read (thousands of times a
 * second), and a fresh setTimeout/clearTimeout pair per wait also created and destroyed Node's
 * per-duration timer list each time; refresh() re-arms the same timer in place. Between waits the
 * timer is unref'd, so an idle client never holds the process open.
 */
export class Wakeup {
  #waiters: (() => void)[] = [];
  #timer: NodeJS.Timeout | null = null;
  #timerMs = 0;
  /** When the armed timer fires for the current waiters (performance.now() clock); Infinity when none wait. */
  #due = Infinity;

  notify(): void {
    const waiters = this.#waiters;
    if (waiters.length === 0) return;
    this.#waiters = [];
    this.#due = Infinity;
    this.#timer?.unref();
    for (const wake of waiters) wake();
  }

  next(maxMs: number): Promise<void> {
    const ms = Math.max(0, Math.min(maxMs, 2_147_483_647));
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      this.#arm(ms);
    });
  }

  #arm(ms: number): void {
    const due = performance.now() + ms;
    // A waiter already set an earlier deadline: everyone wakes then, which keeps this bound too.
    if (due >= this.#due) return;
    this.#due = due;
    if (this.#timer !== null && ms === this.#timerMs) {
      this.#timer.refresh();
      this.#timer.ref();
      return;
    }
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timerMs = ms;
    this.#timer = setTimeout(this.#elapsed, ms);
  }

  /** The bound passed (or a stale, unref'd arming fired with nobody waiting): wake whoever waits. */
  readonly #elapsed = (): void => {
    this.notify();
  };
}
