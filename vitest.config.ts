import { defineConfig } from "vitest/config";

// Database tests run on PGlite always, and on real PostgreSQL too when TEST_DATABASE_URL is set.
const DB_TESTS = ["tests/api/**/*.test.ts", "tests/db/**/*.test.ts"];
const timeouts = { hookTimeout: 60_000, testTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "pglite",
          include: ["tests/**/*.test.{ts,tsx}"],
          exclude: ["tests/e2e/**", "tests/bench/**"],
          globalSetup: ["tests/setup/global-db.ts"],
          env: { TEST_DB: "pglite" },
          ...timeouts,
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                name: "postgres",
                include: DB_TESTS,
                globalSetup: ["tests/setup/global-db.ts"],
                env: { TEST_DB: "postgres" },
                ...timeouts,
              },
            },
          ]
        : []),
      {
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/global-browser.ts"],
          fileParallelism: false,
          hookTimeout: 180_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
