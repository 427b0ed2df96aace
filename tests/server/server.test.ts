import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { describe, expect, it } from "vitest";

/** The real entry point, as `npm start` runs it. */
function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", "api/server.ts"], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  return { child, output: () => output };
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<Response> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      return await fetch(`${url}/api/health`);
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error("server did not start");
}

async function runAndStop(env: Record<string, string>) {
  const port = await freePort();
  const server = startServer({ ...env, PORT: String(port), HOST: "127.0.0.1" });
  const exited = exitCode(server.child);
  try {
    const health = await waitForHealth(`http://127.0.0.1:${port}`, server.child);
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/household-login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: "DEMO-03", pin: "1234" }),
    });
    const page = await fetch(`http://127.0.0.1:${port}/some/client/route`);
    server.child.kill("SIGTERM");
    return {
      health: await health.json(),
      login: login.status,
      page,
      code: await exited,
      output: server.output(),
    };
  } finally {
    server.child.kill("SIGKILL");
  }
}

describe("npm start", () => {
  it("on PGlite: migrates, seeds the demo, serves API and web, prints the logins, stops cleanly on SIGTERM", async () => {
    const run = await runAndStop({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "ecow-start-")) });
    expect(run.health).toMatchObject({ status: "ok", db: "ok" });
    expect(run.login).toBe(200);
    expect(run.page.status).toBe(200);
    expect(await run.page.text()).toContain('<div id="app">');
    expect(run.output).toContain("coordination@cpas.demo.example");
    expect(run.output).toContain("DEMO-01");
    expect(run.code).toBe(0);
  });

  it.runIf(process.env.TEST_DATABASE_URL)("on PostgreSQL with DATABASE_URL: the same", async () => {
    const admin = postgres(process.env.TEST_DATABASE_URL as string, { max: 1, onnotice: () => {} });
    const name = `ecow_start_${randomUUID().slice(0, 8)}`;
    await admin.unsafe(`create database ${name}`);
    try {
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = `/${name}`;
      const run = await runAndStop({
        DATABASE_URL: url.toString(),
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "ecow-")),
      });
      expect(run.health).toMatchObject({ status: "ok", db: "ok" });
      expect(run.login).toBe(200);
      expect(run.output).toContain("database: PostgreSQL");
      expect(run.code).toBe(0);
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  it("refuses bad configuration with one line naming the variable, and exit code 1", async () => {
    const server = startServer({ PORT: "not-a-port" });
    expect(await exitCode(server.child)).toBe(1);
    expect(server.output().trim()).toBe("Configuration error: PORT must be a port number");
  });
});
