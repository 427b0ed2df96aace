import { batch, signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";
import { meterSetupApi, type ReplaceMeterInput } from "./meter-setup-api.ts";
import type { Meter, Register } from "./meters-api.ts";
import {
  emptyReplacement,
  type ReplacementDraft,
  type ReplacementField,
  type ReplacementLine,
  toReplaceInput,
} from "./replacement-form.ts";
import { type Problems, problemsFromApi } from "./setup-fields.ts";

type IndexSide = "finals" | "starts";

/**
 * "The meter was replaced", in two steps: the form, then the plain summary of what will happen,
 * which the person confirms. Any refusal brings the form back with the problem next to its field.
 */
export function createReplacement({ meter, today }: { meter: Meter; today: string }) {
  const registers: readonly Register[] = meter.registers;
  const draft = signal<ReplacementDraft>(emptyReplacement(today));
  const problems = signal<Problems<ReplacementField>>({});
  const problem = signal<ApiError | null>(null);
  const shownFields = signal<string[]>([]);
  const review = signal<{ input: ReplaceMeterInput; lines: ReplacementLine[] } | null>(null);
  const pending = signal(false);

  function update(patch: Partial<ReplacementDraft>, field: ReplacementField): void {
    batch(() => {
      draft.value = { ...draft.value, ...patch };
      if (problems.value[field]) problems.value = { ...problems.value, [field]: undefined };
    });
  }

  function setIndex(side: IndexSide, register: Register, text: string): void {
    const field = side === "finals" ? `finalIndex.${register}` : `newMeter.startIndex.${register}`;
    update({ [side]: { ...draft.value[side], [register]: text } }, field as ReplacementField);
  }

  /** Step 1 → 2: everything readable, so the summary can be shown. */
  function check(): boolean {
    problem.value = null;
    const built = toReplaceInput({
      draft: draft.value,
      registers,
      unit: meter.unit,
      today,
      now: new Date(),
    });
    if ("problems" in built) {
      problems.value = built.problems;
      return false;
    }
    review.value = built;
    return true;
  }

  function backToForm(): void {
    review.value = null;
  }

  /** The new meter, or null when the API refused (the form is back, with the problem shown). */
  async function confirm(): Promise<Meter | null> {
    const reviewed = review.value;
    if (!reviewed || pending.value) return null;
    pending.value = true;
    try {
      return await meterSetupApi.replaceMeter(meter.id, reviewed.input);
    } catch (error) {
      refused(asApiError(error));
      return null;
    } finally {
      pending.value = false;
    }
  }

  function refused(error: ApiError): void {
    const fields: ReplacementField[] = [
      "replacedAt",
      "newMeter.serial",
      "newMeter.ean",
      "newMeter.maxIndex",
      ...registers.flatMap((r) => [`finalIndex.${r}`, `newMeter.startIndex.${r}`] as const),
    ];
    const mapped = problemsFromApi({ error, fields });
    // The rules' advice fits a reading ("was the meter replaced? tick reset"), not a final index.
    for (const register of registers) {
      const atFinal = mapped.problems[`finalIndex.${register}`];
      if (atFinal?.detail) atFinal.detail = t("meterReplace.finalCheck");
    }
    batch(() => {
      review.value = null;
      problems.value = mapped.problems;
      shownFields.value = mapped.shownFields;
      problem.value = mapped.allAtFields ? null : error;
    });
  }

  return {
    meter,
    registers,
    today,
    draft,
    problems,
    problem,
    shownFields,
    review,
    pending,
    update,
    setIndex,
    check,
    backToForm,
    confirm,
  };
}

export type Replacement = ReturnType<typeof createReplacement>;
