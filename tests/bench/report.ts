import type { BundleResult } from "./bundle-size.ts";
import type { CeilingRow } from "./http-ceiling.ts";
import type { Slice, SoakResult, SoakRun } from "./soak.ts";

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–");
const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A markdown table with padded columns; `right` marks right-aligned columns. */
export function table(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const cell = (s: string, i: number) => (right[i] ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0));
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}

export function ceilingTable(rows: CeilingRow[]): string {
  return table(
    ["target", "req/s", "p50 ms", "p99 ms", "vs bare", "server CPU", "failed"],
    rows.map((r) => [
      r.label,
      int(r.load.requestsPerSecond),
      String(r.load.latencyMs.p50),
      String(r.load.latencyMs.p99),
      fixed(r.vsBare),
      `${int(r.serverCpuPercent)} %`,
      String(r.load.failures),
    ]),
    [false, true, true, true, true, true, true],
  );
}

export function soakTable(s: SoakResult): string {
  const n = Math.max(s.gated.slices.length, s.ungated.slices.length);
  const rows: string[][] = [];
  const cells = (x: Slice | undefined) =>
    x ? [int(x.requestsPerSecond), int(x.cpuMicrosPerRequest), `${int(x.serverCpuPercent)} %`] : ["", "", ""];
  for (let i = 0; i < n; i++) {
    const from = i * s.sliceSeconds;
    rows.push([
      `${from}–${from + s.sliceSeconds} s`,
      ...cells(s.gated.slices[i]),
      ...cells(s.ungated.slices[i]),
    ]);
  }
  const both = (f: (r: SoakRun) => string) => [f(s.gated), "", "", f(s.ungated), "", ""];
  rows.push(["whole run req/s", ...both((r) => int(r.load.requestsPerSecond))]);
  rows.push(["whole run p99 ms", ...both((r) => String(r.load.latencyMs.p99))]);
  rows.push(["failed requests", ...both((r) => String(r.load.failures))]);
  rows.push([
    "**last / first slice**",
    `**${fixed(s.gated.lastVsFirst)}**`,
    fixed(s.gated.cpuPerRequestLastVsFirst),
    "",
    `**${fixed(s.ungated.lastVsFirst)}**`,
    fixed(s.ungated.cpuPerRequestLastVsFirst),
    "",
  ]);
  return table(["slice", "gated req/s", "µs CPU/req", "CPU", "ungated req/s", "µs CPU/req", "CPU"], rows, [
    false,
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
}

export function bundleTable(b: BundleResult): string {
  const rows = b.files.map((f) => [f.file, kb(f.bytes), kb(f.gzipBytes), ""]);
  rows.push([
    "**login page JS total**",
    kb(b.files.reduce((a, f) => a + f.bytes, 0)),
    `**${kb(b.gzipBytes)}**`,
    `${fixed(b.gzipBytes / b.budgetBytes)} of the ${kb(b.budgetBytes)} budget`,
  ]);
  if (b.preactGzipBytes !== null)
    rows.push([
      "preact alone (esbuild, minified; measured baseline)",
      "",
      kb(b.preactGzipBytes),
      `page = ${fixed(b.gzipBytes / b.preactGzipBytes)} × preact`,
    ]);
  rows.push(["lazy JS chunks (not loaded by the login page)", "", kb(b.lazyGzipBytes), ""]);
  return table(["file", "raw", "gzip -9", "ratio"], rows, [false, true, true, false]);
}
