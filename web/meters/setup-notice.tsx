import { signal } from "@preact/signals";
import { useEffect } from "preact/hooks";

/**
 * What the household page says once after a meter was added or replaced ("Le compteur « Gaz » est
 * ajouté."): the form page sets it, then opens the household page, which shows it and forgets it
 * when the person leaves.
 */
export const setupNotice = signal<string | null>(null);

export function SetupNoticeView() {
  useEffect(
    () => () => {
      setupNotice.value = null;
    },
    [],
  );
  const notice = setupNotice.value;
  return (
    <p role="status" class={notice ? "done setup-notice" : "alert-empty"}>
      {notice}
    </p>
  );
}
