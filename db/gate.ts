import type { Sql } from "postgres";

/**
 * postgres.js 3.4.9 degrades under sustained load once more queries wait than the pool has
 * connections: its wait queue is an array that only resets when it fully drains, and every
 * removal scans it from the start (see STACK-NOTES.md). We keep the number of queries handed to
 * postgres.js at or below the pool size and let the rest wait here, in a FIFO that stays O(1).
 */
export class Gate {
  #free: number;
  #waiting: Array<() => void> = [];
  #head = 0;

  constructor(size: number) {
    this.#free = size;
  }

  async run<T>(task: () => PromiseLike<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #release(): void {
    if (this.#head < this.#waiting.length) {
      const next = this.#waiting[this.#head];
      this.#waiting[this.#head++] = noop;
      if (this.#head > 1024 && this.#head * 2 > this.#waiting.length) {
        this.#waiting = this.#waiting.slice(this.#head);
        this.#head = 0;
      }
      next?.();
    } else {
      this.#free++;
    }
  }
}

const noop = () => {};

/**
 * Wraps the two entry points drizzle's postgres-js session uses (`unsafe` and `begin`). A
 * transaction holds one permit for its whole life; queries inside it use the transaction's own
 * connection and do not pass through the gate again.
 */
export function gateClient(sql: Sql, size: number): Sql {
  const gate = new Gate(size);
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        return (...args: Parameters<Sql["unsafe"]>) => ({
          // biome-ignore lint/suspicious/noThenProperty: drizzle awaits what `unsafe` returns.
          then: (ok?: (v: unknown) => unknown, ko?: (e: unknown) => unknown) =>
            gate.run(() => target.unsafe(...args)).then(ok, ko),
          values: () => gate.run(() => target.unsafe(...args).values()),
        });
      }
      if (prop === "begin") {
        return (...args: unknown[]) =>
          gate.run(() => (target.begin as (...a: unknown[]) => PromiseLike<unknown>)(...args));
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}
