import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = path.join(ROOT, "web", "dist");
/** A fixed budget, not a measurement: what the login page may load, gzipped. */
export const BUDGET_KB = 25;

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  built: boolean;
  /** JS the login page loads: the module entry and its modulepreload links. */
  files: BundleFile[];
  gzipBytes: number;
  /** Other JS in web/dist/assets (lazy chunks), not loaded by the login page. */
  lazyGzipBytes: number;
  budgetBytes: number;
  /** `export * from "preact"` bundled and minified with esbuild, gzip -9: the floor of a Preact page. */
  preactGzipBytes: number | null;
}

const gz = (data: Uint8Array | string) => gzipSync(data, { level: 9 }).length;

export async function measureBundle(): Promise<BundleResult> {
  // Someone may be rebuilding web/dist right now (vite empties it first): wait a little before building it here.
  for (let attempt = 0; ; attempt++) {
    try {
      return await measureOnce(attempt === 3);
    } catch (error) {
      if (attempt >= 3 || (error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

async function measureOnce(buildIfMissing: boolean): Promise<BundleResult> {
  let built = false;
  if (buildIfMissing && !existsSync(path.join(DIST, "index.html"))) {
    const r = spawnSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit", timeout: 180_000 });
    if (r.status !== 0) throw new Error("vite build failed");
    built = true;
  }
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  const files = pageScripts(html).map((src) => {
    const data = readFileSync(path.join(DIST, src.replace(/^\//, "")));
    return { file: src, bytes: data.length, gzipBytes: gz(data) };
  });
  const loaded = new Set(files.map((f) => path.basename(f.file)));
  const assets = path.join(DIST, "assets");
  const lazy = existsSync(assets)
    ? readdirSync(assets).filter((f) => f.endsWith(".js") && !loaded.has(f))
    : [];
  return {
    built,
    files,
    gzipBytes: files.reduce((a, f) => a + f.gzipBytes, 0),
    lazyGzipBytes: lazy.reduce((a, f) => a + gz(readFileSync(path.join(assets, f))), 0),
    budgetBytes: BUDGET_KB * 1024,
    preactGzipBytes: await preactAlone(),
  };
}

/** `<script type="module" src>` and `<link rel="modulepreload" href>` of the page, local ones only. */
export function pageScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
    const isModule = /^<script/i.test(tag) && attr("type") === "module" ? attr("src") : undefined;
    const isPreload = /^<link/i.test(tag) && attr("rel") === "modulepreload" ? attr("href") : undefined;
    const src = isModule ?? isPreload;
    if (src && !/^[a-z]+:|^\/\//i.test(src) && !found.includes(src)) found.push(src);
  }
  return found;
}

/** esbuild ships with tsx and vite; if it cannot be loaded the baseline is left out. */
async function preactAlone(): Promise<number | null> {
  try {
    const esbuild = await import("esbuild");
    const out = await esbuild.build({
      stdin: { contents: 'export * from "preact";', resolveDir: ROOT, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2020",
      write: false,
      logLevel: "silent",
    });
    return gz(out.outputFiles[0]?.contents ?? "");
  } catch {
    return null;
  }
}
