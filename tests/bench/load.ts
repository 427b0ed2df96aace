import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** POSTs whose path and body this gives, one per request (each write needs its own clientId). */
  nextRequest?: () => { path: string; body: string };
  /** Record completed requests per second (for the soak's slices). */
  perSecond?: boolean;
  /** With perSecond: read a cumulative counter (the server's CPU ms) at the start and every second. */
  probe?: () => Promise<number>;
}

export interface LoadResult {
  url: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  total: number;
  /** Connection errors + timeouts + answers other than 2xx: any of them makes the figures suspect. */
  failures: number;
  /** Completed requests in each second of the run (perSecond only). */
  series?: number[];
  /** The probe's readings at the start and at the end of each second (perSecond with a probe only). */
  probes?: number[];
}

const active = new Set<ReturnType<typeof autocannon>>();

/** One continuous autocannon run against 127.0.0.1. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (new URL(options.url).hostname !== "127.0.0.1")
    throw new Error(`bench traffic stays on 127.0.0.1: ${options.url}`);
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    ...(options.nextRequest && {
      requests: [{ method: "POST", setupRequest: (r) => ({ ...r, ...options.nextRequest?.() }) }],
    }),
  });
  active.add(instance);
  let series: number[] | undefined;
  let probes: Array<Promise<number>> | undefined;
  let sampler: NodeJS.Timeout | undefined;
  if (options.perSecond) {
    const perSecond: number[] = [];
    const readings: Array<Promise<number>> = [];
    const probe = options.probe;
    let count = 0;
    instance.on("response", () => {
      count++;
    });
    // autocannon's own per-second samples are only summarised, so count responses here.
    const read = () => probe?.().catch(() => Number.NaN) ?? Promise.resolve(Number.NaN);
    if (probe) readings.push(read());
    sampler = setInterval(() => {
      perSecond.push(count);
      count = 0;
      if (probe && readings.length <= options.seconds) readings.push(read());
    }, 1000);
    series = perSecond;
    probes = probe ? readings : undefined;
  }
  try {
    const result = await instance;
    return {
      url: options.url,
      connections: options.connections,
      seconds: result.duration,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      total: result.requests.total,
      failures: result.errors + result.timeouts + result.non2xx,
      series: series?.slice(0, Math.round(options.seconds)),
      probes: probes && (await Promise.all(probes)).slice(0, Math.round(options.seconds) + 1),
    };
  } finally {
    clearInterval(sampler);
    active.delete(instance);
  }
}

/** Ctrl-C: stop the load generators still running. */
export function stopAllLoad(): void {
  for (const instance of active) instance.stop();
}
