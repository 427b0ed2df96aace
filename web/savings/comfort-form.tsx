import { useSignal } from "@preact/signals";
import { useId, useRef } from "preact/hooks";
import { CheckboxField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { asApiError } from "../lib/api.ts";
import { newClientId } from "../lib/client-id.ts";
import { parseDecimal } from "../lib/decimal.ts";
import { brusselsDay, formatDay } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { EntryField, type FieldProblem } from "../meters/entry-field.tsx";
import { ComfortHistory } from "./comfort-history.tsx";
import { savingsApi } from "./savings-api.ts";
import type { Audience } from "./savings-words.ts";

type ComfortField = "day" | "indoorC" | "humidityPct";
const FIELDS: readonly ComfortField[] = ["day", "indoorC", "humidityPct"];

/** What the boxes hold, checked as the API will: null for an empty optional box. */
export function readComfort({
  day,
  indoor,
  humidity,
  today,
}: Record<"day" | "indoor" | "humidity" | "today", string>) {
  const problems: Partial<Record<ComfortField, FieldProblem>> = {};
  const indoorC = indoor.trim() === "" ? null : parseDecimal(indoor);
  const humidityPct = humidity.trim() === "" ? null : parseDecimal(humidity);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day > today) problems.day = { title: t("comfort.dayInvalid") };
  if (indoor.trim() !== "" && (indoorC === null || indoorC > 40))
    problems.indoorC = { title: t("comfort.indoorInvalid") };
  if (
    humidity.trim() !== "" &&
    (humidityPct === null || !Number.isInteger(humidityPct) || humidityPct < 5 || humidityPct > 100)
  )
    problems.humidityPct = { title: t("comfort.humidityInvalid") };
  return {
    problems,
    values: { indoorC: indoorC === null ? null : Math.round(indoorC * 10) / 10, humidityPct },
  };
}

/** A comfort check-in from the kit's thermo-hygrometer (day, indoor °C, % humidity, felt cold), and the past ones. */
export function ComfortForm({
  householdId,
  audience,
  onSaved,
}: {
  householdId: string;
  audience: Audience;
  onSaved?: () => void;
}) {
  const id = useId();
  const today = brusselsDay(new Date());
  const day = useSignal(today);
  const indoor = useSignal("");
  const humidity = useSignal("");
  const feltCold = useSignal(false);
  const problems = useSignal<Partial<Record<ComfortField, FieldProblem>>>({});
  const done = useSignal<string | null>(null);
  const pending = useSignal(false);
  const problem = useSignal<ReturnType<typeof asApiError> | null>(null);
  const clientId = useRef(newClientId());
  const saves = useSignal(0);

  async function submit(event: Event) {
    event.preventDefault();
    if (pending.value) return;
    done.value = null;
    problem.value = null;
    const read = readComfort({ day: day.value, indoor: indoor.value, humidity: humidity.value, today });
    problems.value = read.problems;
    if (Object.keys(read.problems).length) return;
    pending.value = true;
    try {
      const saved = await savingsApi.addCheckIn(householdId, {
        day: day.value,
        ...read.values,
        feltCold: feltCold.value,
        clientId: clientId.current,
      });
      done.value = t("comfort.saved", { date: formatDay(saved.day) });
      clientId.current = newClientId();
      indoor.value = "";
      humidity.value = "";
      feltCold.value = false;
      day.value = today;
      saves.value++;
      onSaved?.();
    } catch (error) {
      const apiError = asApiError(error);
      const fields = apiError.fieldErrors;
      const known = FIELDS.filter((f) => fields[f] !== undefined);
      if (known.length)
        problems.value = Object.fromEntries(known.map((f) => [f, { title: fields[f] as string }]));
      problem.value = apiError;
    } finally {
      pending.value = false;
    }
  }

  const staff = audience === "staff";
  return (
    <section class="savings-card comfort-card no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(staff ? "comfort.titleStaff" : "comfort.title")}</h2>
      {/* The kit's thermometer and the adviser, only for a household an adviser follows. */}
      {!staff && <p>{t(audience === "unadvised" ? "comfort.introCompany" : "comfort.intro")}</p>}
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem.value} shownFields={FIELDS} />
        <EntryField
          type="date"
          name="day"
          label={t("comfort.day")}
          value={day.value}
          max={today}
          problem={problems.value.day}
          onInput={(v) => (day.value = v)}
        />
        <EntryField
          type="decimal"
          name="indoorC"
          label={t("comfort.indoor")}
          hint={t("comfort.optional")}
          value={indoor.value}
          problem={problems.value.indoorC}
          onInput={(v) => (indoor.value = v)}
        />
        <EntryField
          type="decimal"
          name="humidityPct"
          label={t("comfort.humidity")}
          hint={t("comfort.optional")}
          value={humidity.value}
          problem={problems.value.humidityPct}
          onInput={(v) => (humidity.value = v)}
        />
        <CheckboxField
          name="feltCold"
          label={t(staff ? "comfort.feltColdStaff" : "comfort.feltCold")}
          checked={feltCold.value}
          onChange={(event) => (feltCold.value = event.currentTarget.checked)}
        />
        <p role="status" class={done.value ? "done" : "alert-empty"}>
          {done.value}
        </p>
        <button type="submit" class="button primary" disabled={pending.value}>
          {t("comfort.save")}
        </button>
      </form>
      <ComfortHistory householdId={householdId} version={saves.value} own={!staff} />
    </section>
  );
}
