import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

export const CHROMIUM_PATH = "/usr/bin/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the app under test answers; "" when Chromium is missing and browser tests skip. */
    browserBaseUrl: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// Building the web app and seeding the demo (argon2 hashes) take a while on a small machine.
const START_TIMEOUT_MS = 150_000;

/** Starts the real server (built web app, PGlite in a fresh folder, demo data) for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    console.warn(
      `Chromium not found at ${CHROMIUM_PATH}: browser tests skipped (apt-get install -y chromium)`,
    );
    project.provide("browserBaseUrl", "");
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "ecow-e2e-"));
  const port = await freePort();
  const output: string[] = [];
  const server = spawn(process.execPath, ["--import", "tsx", "api/server.ts"], {
    cwd: ROOT,
    env: {
      ...asNpmStart(process.env),
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO: "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    await stop(server);
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\nServer output:\n${output.join("")}`);
  }
  project.provide("browserBaseUrl", baseUrl);

  return async () => {
    await stop(server);
    await rm(dataDir, { recursive: true, force: true });
  };
}

/**
 * The environment of a plain `npm start`: no DATABASE_URL (the tests own their PGlite, never a
 * database the caller configured) and no NODE_ENV (vitest sets "test", and a web build made under
 * any NODE_ENV but production is a development bundle, JSX debug info included).
 */
function asNpmStart(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _database, NODE_ENV: _nodeEnv, ...rest } = env;
  return rest;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server stopped with code ${server.exitCode}.`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${baseUrl}/api/health within ${START_TIMEOUT_MS / 1000} s.`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
