import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";

const SOURCES = ["web", "vite.config.ts", "package-lock.json"];

function newestSourceMtime(root: string): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== "dist") visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const s of SOURCES) visit(path.join(root, s));
  return newest;
}

/** `npm start` must work on a fresh clone: build the web app when it is missing or older than its sources. */
export function ensureWebBuilt({ root, distDir, log }: { root: string; distDir: string; log: Logger }) {
  const built = statSync(path.join(distDir, "index.html"), { throwIfNoEntry: false });
  if (built && built.mtimeMs >= newestSourceMtime(root)) return;
  log.info(built ? "web app is older than its sources: rebuilding" : "web app not built yet: building");
  // A separate process so the bundle is a production one whatever NODE_ENV the server runs under.
  const vite = path.join(root, "node_modules", "vite", "bin", "vite.js");
  execFileSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
}
