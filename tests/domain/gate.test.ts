import { describe, expect, it } from "vitest";
import { Gate } from "../../db/gate.ts";

const tick = () => new Promise((r) => setImmediate(r));

describe("Gate", () => {
  it("never runs more tasks at once than its size, and starts waiting tasks in arrival order", async () => {
    const gate = new Gate(3);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const tasks = Array.from({ length: 2000 }, (_, i) =>
      gate.run(async () => {
        started.push(i);
        running++;
        peak = Math.max(peak, running);
        await tick();
        running--;
        return i;
      }),
    );
    expect(await Promise.all(tasks)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 2000 }, (_, i) => i));
  });

  it("frees the slot when a task fails", async () => {
    const gate = new Gate(1);
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => "next")).toBe("next");
  });
});
