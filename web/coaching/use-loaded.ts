import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { type ApiError, asApiError } from "../lib/api.ts";

/**
 * A list a block loads once and replaces after each change: `value` is null while loading, `problem`
 * the API's answer when it refused (no consent, not allowed), said plainly by the block.
 */
export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const value = useSignal<T | null>(null);
  const problem = useSignal<ApiError | null>(null);

  async function reload() {
    try {
      value.value = await load();
      problem.value = null;
    } catch (error) {
      problem.value = asApiError(error);
    }
  }

  useEffect(() => {
    void reload();
  }, deps);

  return { value, problem, reload };
}
