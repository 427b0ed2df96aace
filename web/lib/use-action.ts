import { useSignal } from "@preact/signals";
import { type ApiError, asApiError } from "./api.ts";

/**
 * Runs one user action at a time (a double tap on a slow phone must not send twice) and keeps the
 * problem to show when it fails.
 */
export function useAction() {
  const pending = useSignal(false);
  const problem = useSignal<ApiError | null>(null);

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (pending.value) return undefined;
    pending.value = true;
    problem.value = null;
    try {
      return await work();
    } catch (error) {
      problem.value = asApiError(error);
      return undefined;
    } finally {
      pending.value = false;
    }
  }

  return { pending, problem, run };
}
