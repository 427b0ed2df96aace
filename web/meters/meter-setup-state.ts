import { batch, computed, signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { newClientId } from "../lib/client-id.ts";
import { type MeterKind, meterSetupApi } from "./meter-setup-api.ts";
import {
  emptyDraft,
  type MeterDraft,
  type MeterField,
  registersFor,
  toCreateInput,
} from "./meter-setup-form.ts";
import { meterKindLabel } from "./meter-words.ts";
import type { Meter, Register } from "./meters-api.ts";
import { type Problems, problemsFromApi } from "./setup-fields.ts";

/**
 * The "add a meter" form: what is typed, what to fix, and the answer. The name follows the kind
 * chosen ("Gaz") until the person writes their own.
 */
export function createMeterSetup({ householdId, today }: { householdId: string; today: string }) {
  const draft = signal<MeterDraft>(emptyDraft(today));
  const problems = signal<Problems<MeterField>>({});
  /** A refusal not (only) about one field: said on top of the form. */
  const problem = signal<ApiError | null>(null);
  const shownFields = signal<string[]>([]);
  const pending = signal(false);
  // One id for this form: a retry after a lost answer finds the meter already made, never a second one.
  const clientId = newClientId();
  const registers = computed(() => {
    const { kind, layout, exclusiveNight } = draft.value;
    return kind ? registersFor({ kind, layout, exclusiveNight }) : [];
  });

  function update(patch: Partial<MeterDraft>, ...fields: MeterField[]): void {
    batch(() => {
      draft.value = { ...draft.value, ...patch };
      if (fields.some((f) => problems.value[f])) {
        const next = { ...problems.value };
        for (const f of fields) delete next[f];
        problems.value = next;
      }
    });
  }

  function chooseKind(kind: MeterKind): void {
    const { kind: before, name } = draft.value;
    const untouched = name.trim() === "" || (before !== null && name === meterKindLabel(before));
    update({ kind, ...(untouched ? { name: meterKindLabel(kind) } : {}) }, "kind", "name");
  }

  function setStartIndex(register: Register, text: string): void {
    update({ startIndex: { ...draft.value.startIndex, [register]: text } }, `startIndex.${register}`);
  }

  /** The meter once created; null when something is to be fixed (then said next to its field). */
  async function submit(): Promise<Meter | null> {
    if (pending.value) return null;
    const built = toCreateInput(draft.value, today);
    problem.value = null;
    if ("problems" in built) {
      problems.value = built.problems;
      return null;
    }
    pending.value = true;
    try {
      return await meterSetupApi.createMeter(householdId, { ...built.input, clientId });
    } catch (error) {
      refused(asApiError(error));
      return null;
    } finally {
      pending.value = false;
    }
  }

  function refused(error: ApiError): void {
    const regs = registers.value;
    const fields: MeterField[] = [
      ...(["kind", "name", "registers", "gasType", "startedAt", "ean", "serial", "maxIndex"] as const),
      ...regs.map((r) => `startIndex.${r}` as const),
    ];
    const only = regs.length === 1 ? `startIndex.${regs[0]}` : undefined;
    const mapped = problemsFromApi({
      error,
      fields,
      aliases: only ? { startIndex: only as MeterField } : {},
    });
    batch(() => {
      problems.value = mapped.problems;
      shownFields.value = mapped.shownFields;
      problem.value = mapped.allAtFields ? null : error;
    });
  }

  return {
    today,
    draft,
    registers,
    problems,
    problem,
    shownFields,
    pending,
    update,
    chooseKind,
    setStartIndex,
    submit,
  };
}

export type MeterSetup = ReturnType<typeof createMeterSetup>;
