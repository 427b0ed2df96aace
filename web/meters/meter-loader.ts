import { signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { type Meter, metersApi, type Reading } from "./meters-api.ts";

/**
 * One meter and all its readings (oldest first), for the entry and history pages. Offline, both come
 * from the copies kept on the phone; a meter seen only in its list has no readings copy yet, and
 * `readingsOffline` says so (the entry page then works from the meter's last readings).
 */
export function createMeterLoader(meterId: string) {
  const meter = signal<Meter | null>(null);
  const readings = signal<Reading[] | null>(null);
  const readingsOffline = signal(false);
  const loadProblem = signal<ApiError | null>(null);

  async function load(): Promise<void> {
    loadProblem.value = null;
    const [m, r] = await Promise.allSettled([metersApi.getMeter(meterId), metersApi.listReadings(meterId)]);
    if (m.status === "rejected") {
      loadProblem.value = asApiError(m.reason);
      return;
    }
    meter.value = m.value;
    if (r.status === "fulfilled") {
      readings.value = r.value;
      readingsOffline.value = false;
    } else {
      loadProblem.value = asApiError(r.reason);
      readingsOffline.value = loadProblem.value.status === 0;
    }
  }

  return { meter, readings, readingsOffline, loadProblem, load };
}
