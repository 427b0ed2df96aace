import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { serviceWorker } from "./web/sw/service-worker-plugin.ts";

export default defineConfig({
  root: fileURLToPath(new URL("./web", import.meta.url)),
  plugins: [preact(), serviceWorker()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2020",
    // No preload map of every lazy page's chunks in the entry (1.3 KB gzipped on every load, growing
    // with each page): the service worker keeps every chunk after the first visit, so a page's imports
    // are read from the phone, and only a first visit pays one more round trip.
    modulePreload: false,
  },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
