import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { t } from "../lib/i18n/index.ts";
import { online, phoneNews } from "../offline.ts";

/**
 * Says when the phone has no connection (readings can still be typed), and what became of readings
 * kept on the phone once sent. A status region that stays in the page, so changes are read out.
 */
export function OfflineBanner() {
  const { path } = useLocation();
  const { sent, refused } = phoneNews.value;
  useEffect(() => {
    // The news is for the page where it happened.
    return () => {
      phoneNews.value = { sent: 0, refused: 0 };
    };
  }, [path]);
  const said = [
    ...(online.value ? [] : [t("offline.banner")]),
    ...(sent ? [sent === 1 ? t("offline.sentOne") : t("offline.sentMany", { count: sent })] : []),
    ...(refused
      ? [refused === 1 ? t("offline.refusedOne") : t("offline.refusedMany", { count: refused })]
      : []),
  ];
  return (
    <div role="status" class={said.length ? "connection-banner no-print" : "alert-empty"}>
      {said.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
