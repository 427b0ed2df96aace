import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../api/env.ts";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "ecow-env-"));

describe("loadConfig", () => {
  it("has working defaults: port 3000, PGlite in DATA_DIR, demo data on", () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: "0.0.0.0",
      demo: true,
      databaseUrl: undefined,
      dataDir: dir,
    });
  });

  it("generates a session secret once and keeps it in the data directory", () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first);
    expect(readFileSync(path.join(dir, "session-secret"), "utf8")).toBe(first);
  });

  it("names the variable at fault", () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: "http" })).toThrow(/^Configuration error: PORT /);
    expect(() => loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must start/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), DEMO: "maybe" })).toThrow(/DEMO use 1 or 0/);
  });

  it("requires SESSION_SECRET in production and never seeds demo data there", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DATA_DIR: dataDir() })).toThrow(
      "Configuration error: SESSION_SECRET is required when NODE_ENV=production",
    );
    const config = loadConfig({
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(40),
      DEMO: "1",
      DATA_DIR: dataDir(),
    });
    expect(config.demo).toBe(false);
  });

  it("turns demo data off with DEMO=0", () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DEMO: "0" }).demo).toBe(false);
  });
});
