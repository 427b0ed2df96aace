import "../lib/i18n/fr-meter-setup.ts";
import { useSignal } from "@preact/signals";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { brusselsDay, formatDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { BackToMeters } from "./back-link.tsx";
import { type Meter, metersApi } from "./meters-api.ts";
import { ReplacementFields } from "./replacement-fields.tsx";
import { ReplacementReview } from "./replacement-review.tsx";
import { createReplacement } from "./replacement-state.ts";
import { mayManageMeters } from "./setup-access.ts";
import { focusFirstProblem } from "./setup-fields.ts";
import { setupNotice } from "./setup-notice.tsx";

function ReplacementSteps({ meter }: { meter: Meter }) {
  const { route } = useLocation();
  const replacement = useMemo(() => createReplacement({ meter, today: brusselsDay(new Date()) }), [meter]);
  const form = useRef<HTMLFormElement>(null);
  const reviewing = replacement.review.value !== null;

  function check() {
    if (!replacement.check()) focusFirstProblem(form.current);
  }

  async function confirm() {
    const successor = await replacement.confirm();
    if (!successor) return focusFirstProblem(form.current);
    setupNotice.value = t("meterReplace.done", { name: successor.name });
    route(`/menages/${meter.householdId}`);
  }

  function correct() {
    replacement.backToForm();
    requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>("input")?.focus());
  }

  if (reviewing)
    return <ReplacementReview replacement={replacement} onConfirm={confirm} onCorrect={correct} />;
  return (
    <form
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        check();
      }}
      noValidate
    >
      <ProblemAlert problem={replacement.problem.value} shownFields={replacement.shownFields.value} />
      <ReplacementFields replacement={replacement} onChosen={check} />
      <button type="submit" class="button primary big">
        {t("meterReplace.check")}
      </button>
    </form>
  );
}

/** `/compteurs/:meterId/remplacement`: staff declare that a meter was replaced by a new one. */
export default function ReplaceMeterPage() {
  const meterId = useRoute().params.meterId as string;
  const meter = useSignal<Meter | null>(null);
  const loadProblem = useSignal<ApiError | null>(null);

  useEffect(() => {
    metersApi.getMeter(meterId).then(
      (found) => {
        meter.value = found;
      },
      (error) => {
        loadProblem.value = asApiError(error);
      },
    );
  }, [meterId]);

  const current = meter.value;
  return (
    <Page
      title={current ? t("meterReplace.title", { name: current.name }) : t("reading.titleLoading")}
      heading={
        current
          ? tWith("meterReplace.title", { name: <StaffText>{current.name}</StaffText> })
          : t("reading.titleLoading")
      }
    >
      <BackToMeters owner={current ?? null} />
      <ProblemAlert problem={loadProblem.value} />
      {!current && !loadProblem.value && <p role="status">{t("status.loading")}</p>}
      {current &&
        (!mayManageMeters() ? (
          <p>{t("meterSetup.staffOnly")}</p>
        ) : current.closedAt ? (
          <p class="notice">{t("meterReplace.alreadyClosed", { date: formatDay(current.closedAt) })}</p>
        ) : current.readingMode === "deliveries_only" ? (
          <p class="notice">{t("meterReplace.notForDeliveries")}</p>
        ) : (
          <>
            <p class="lead">{t("meterReplace.intro")}</p>
            <ReplacementSteps meter={current} />
          </>
        ))}
    </Page>
  );
}
