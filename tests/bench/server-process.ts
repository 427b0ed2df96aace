import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ServerSpec, ToParent } from "./bench-server.ts";

const ENTRY = fileURLToPath(new URL("./bench-server.ts", import.meta.url));
/** PGlite boots, migrates and hashes the demo password: seconds, more on a busy machine. */
const START_TIMEOUT_MS = 120_000;

export interface ServerHandle {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();

/** Starts bench-server.ts in its own process (the load generator keeps the parent's core). */
export async function startServer(spec: ServerSpec): Promise<ServerHandle> {
  const child = fork(ENTRY, [], {
    // BENCH_SERVER_NODE_ARGS adds flags to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    execArgv: ["--import", "tsx", ...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [])],
    env: { ...process.env, BENCH_SERVER_SPEC: JSON.stringify(spec) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  live.add(child);
  child.once("exit", () => live.delete(child));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("bench server did not start in time")),
        START_TIMEOUT_MS,
      );
      child.on("message", (m: ToParent) => {
        if (m.type === "ready") {
          clearTimeout(timer);
          resolve(m.port);
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`bench server exited with code ${code} before listening`));
      });
    });
    return { origin: `http://127.0.0.1:${port}`, cpuMs: () => cpuMs(child), stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

let nextUsageId = 1;
function cpuMs(child: ChildProcess): Promise<number> {
  const id = nextUsageId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off("message", onMessage);
      reject(new Error("bench server did not report its CPU time"));
    }, 5000);
    const onMessage = (m: ToParent) => {
      if (m.type !== "usage" || m.id !== id) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(m.cpuMicros / 1000);
    };
    child.on("message", onMessage);
    child.send({ type: "usage", id });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 6000);
  await exited;
  clearTimeout(timer);
}

/** Stops every server still running (normal end, failure or Ctrl-C). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...live].map(stopChild));
}
