import "../lib/i18n/fr-meter-setup.ts";
import { useSignal } from "@preact/signals";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { brusselsDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { AddMeterFields } from "./add-meter-fields.tsx";
import { ChoiceGroup } from "./choice-group.tsx";
import { KIND_ORDER, KINDS } from "./meter-setup-form.ts";
import { createMeterSetup } from "./meter-setup-state.ts";
import { meterKindLabel } from "./meter-words.ts";
import { type HouseholdDetail, metersApi } from "./meters-api.ts";
import { mayManageMeters } from "./setup-access.ts";
import { focusFirstProblem } from "./setup-fields.ts";
import { setupNotice } from "./setup-notice.tsx";

/** `/menages/:id/compteurs/nouveau`: staff add a meter to a household, with its start index. */
export default function AddMeterPage() {
  const householdId = useRoute().params.id as string;
  const { route } = useLocation();
  const setup = useMemo(
    () => createMeterSetup({ householdId, today: brusselsDay(new Date()) }),
    [householdId],
  );
  const household = useSignal<HouseholdDetail | null>(null);
  const loadProblem = useSignal<ApiError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const back = `/menages/${householdId}`;

  useEffect(() => {
    metersApi.getHousehold(householdId).then(
      (detail) => {
        household.value = detail;
      },
      (error) => {
        loadProblem.value = asApiError(error);
      },
    );
  }, [householdId]);

  async function save() {
    const meter = await setup.submit();
    if (!meter) return focusFirstProblem(form.current);
    setupNotice.value = t("meterSetup.added", { name: meter.name });
    route(back);
  }

  return (
    <Page title={t("meterSetup.title")}>
      <p>
        <a href={back} class="back-link">
          {t("householdFile.back")}
        </a>
      </p>
      {!mayManageMeters() ? (
        <p>{t("meterSetup.staffOnly")}</p>
      ) : (
        <>
          <ProblemAlert problem={loadProblem.value} />
          {household.value && (
            <p class="lead">{t("meterSetup.forHousehold", { name: household.value.pseudonym })}</p>
          )}
          <form
            ref={form}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
            noValidate
          >
            <ProblemAlert problem={setup.problem.value} shownFields={setup.shownFields.value} />
            <ChoiceGroup
              name="kind"
              legend={t("meterSetup.kind")}
              hint={t("meterSetup.kindHint")}
              choices={KIND_ORDER.map((kind) => ({
                value: kind,
                label: meterKindLabel(kind),
                icon: KINDS[kind].icon,
              }))}
              value={setup.draft.value.kind}
              problem={setup.problems.value.kind}
              onChange={setup.chooseKind}
            />
            <AddMeterFields setup={setup} onChosen={save} />
            <button type="submit" class="button primary big" disabled={setup.pending.value}>
              {setup.pending.value ? t("reading.saving") : t("meterSetup.submit")}
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
