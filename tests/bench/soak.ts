import { measure, withServer } from "./http-ceiling.ts";
import type { LoadResult } from "./load.ts";

export interface SoakOptions {
  postgresUrl: string;
  path: string;
  connections: number;
  poolSize: number;
  gatedSeconds: number;
  ungatedSeconds: number;
  sliceSeconds: number;
  warmupSeconds: number;
  sessionSecret: string;
  logLevel: string;
  onProgress?: (message: string) => void;
}

export interface Slice {
  requestsPerSecond: number;
  /**
   * Server CPU time per request, in µs. Other processes on the machine lower req/s but not this; the
   * postgres.js queue problem raises it (the server burns CPU scanning its queue).
   */
  cpuMicrosPerRequest: number;
  /** Server CPU in % of one core during the slice. */
  serverCpuPercent: number;
}

export interface SoakRun {
  gateQueries: boolean;
  load: LoadResult;
  serverCpuPercent: number;
  /** One per `sliceSeconds` (a last partial slice counts if it is at least half a slice). */
  slices: Slice[];
  /** Last slice's requests/s over the first's: 1 is flat, below 1 is decay. */
  lastVsFirst: number;
  /** Last slice's CPU µs per request over the first's: 1 is flat, above 1 is the server slowing itself down. */
  cpuPerRequestLastVsFirst: number;
}

export interface SoakResult {
  path: string;
  sliceSeconds: number;
  gated: SoakRun;
  ungated: SoakRun;
}

/**
 * One continuous run per server process (a pause would let postgres.js's queue drain and reset, hiding the
 * decay): the gated app for `gatedSeconds`, then, as the baseline, the same app with the gate off.
 */
export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const run = async (gateQueries: boolean, seconds: number): Promise<SoakRun> => {
    o.onProgress?.(`soak: ${o.path} on PostgreSQL, ${gateQueries ? "gated" : "ungated"}, ${seconds} s …`);
    const spec = {
      app: "real" as const,
      db: { kind: "postgres" as const, url: o.postgresUrl, poolSize: o.poolSize, gateQueries },
      sessionSecret: o.sessionSecret,
      logLevel: o.logLevel,
    };
    const { load, serverCpuPercent } = await withServer(spec, (server) =>
      measure({ connections: o.connections, seconds, warmupSeconds: o.warmupSeconds }, server, o.path, true),
    );
    const slices = toSlices(load.series ?? [], load.probes ?? [], o.sliceSeconds);
    const first = slices[0];
    const last = slices.at(-1);
    return {
      gateQueries,
      load,
      serverCpuPercent,
      slices,
      lastVsFirst: (last?.requestsPerSecond ?? Number.NaN) / (first?.requestsPerSecond ?? Number.NaN),
      cpuPerRequestLastVsFirst:
        (last?.cpuMicrosPerRequest ?? Number.NaN) / (first?.cpuMicrosPerRequest ?? Number.NaN),
    };
  };
  const gated = await run(true, o.gatedSeconds);
  const ungated = await run(false, o.ungatedSeconds);
  return { path: o.path, sliceSeconds: o.sliceSeconds, gated, ungated };
}

/** `requests[i]`: completed in second i; `cpuMs[i]`: the server's cumulative CPU ms at the start of second i. */
export function toSlices(requests: number[], cpuMs: number[], sliceSeconds: number): Slice[] {
  const slices: Slice[] = [];
  for (let start = 0; start < requests.length; start += sliceSeconds) {
    const part = requests.slice(start, start + sliceSeconds);
    if (part.length * 2 < sliceSeconds && slices.length > 0) break;
    const count = part.reduce((a, b) => a + b, 0);
    const cpu = (cpuMs[start + part.length] ?? Number.NaN) - (cpuMs[start] ?? Number.NaN);
    slices.push({
      requestsPerSecond: count / part.length,
      cpuMicrosPerRequest: (cpu * 1000) / count,
      serverCpuPercent: (cpu / (part.length * 1000)) * 100,
    });
  }
  return slices;
}
