import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const SOURCE = fileURLToPath(new URL("./service-worker.ts", import.meta.url));
const OUTPUT = "sw.js";
// The minifier may write the string with any quotes.
const PLACEHOLDER = /(["'`])__ECOW_SHELL__\1/;

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory()
      ? filesUnder(full, base)
      : [path.relative(base, full).split(path.sep).join("/")];
  });
}

/**
 * Builds `sw.js` at the site's root (its scope must be "/") from service-worker.ts, and writes into
 * it the list of files to keep for offline use, with a hash of their contents as the cache version.
 * Left out: the service worker itself, source maps, and the chunks holding chart.js (~45 KB gzipped
 * that only Ma consommation needs, with data that must be fetched anyway): they are cached on first use.
 */
export function serviceWorker(): Plugin {
  let outDir = "";
  const charts = new Set<string>();
  return {
    name: "ecow-service-worker",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    buildStart() {
      this.emitFile({ type: "chunk", id: SOURCE, fileName: OUTPUT });
    },
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle))
        if (output.type === "chunk" && output.moduleIds.some((id) => id.includes("/node_modules/chart.js/")))
          charts.add(file);
    },
    writeBundle() {
      const files = filesUnder(outDir)
        .filter((f) => f !== OUTPUT && !f.endsWith(".map") && !charts.has(f))
        .sort();
      const hash = createHash("sha256");
      for (const file of files) hash.update(file).update(readFileSync(path.join(outDir, file)));
      const shell = { version: hash.digest("hex").slice(0, 16), files: files.map((f) => `/${f}`) };
      const target = path.join(outDir, OUTPUT);
      const code = readFileSync(target, "utf8");
      if (!PLACEHOLDER.test(code)) throw new Error(`${OUTPUT}: the shell placeholder is missing`);
      writeFileSync(
        target,
        code.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(shell))),
      );
    },
  };
}
