import { useId } from "preact/hooks";
import type { FieldProblem } from "./entry-field.tsx";
import { MeterIcon } from "./meter-icon.tsx";

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
  /** A drawing of meter-icon.tsx: the choice is then a big tile. */
  icon?: string;
}

/**
 * One choice among a few, as radio buttons in a fieldset: the whole line (or tile) is the touch
 * target, the hint is read after the name, and a problem is said under the group as it appears.
 */
export function ChoiceGroup<V extends string>({
  name,
  legend,
  hint,
  choices,
  value,
  onChange,
  problem,
}: {
  name: string;
  legend: string;
  hint?: string;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  problem?: FieldProblem | null;
}) {
  const id = useId();
  const tiles = choices.some((c) => c.icon);
  const describedBy = [hint ? `${id}-hint` : "", problem ? `${id}-error` : ""].join(" ").trim();
  return (
    <fieldset
      class={`option-group${tiles ? " tiles" : ""}${problem ? " has-error" : ""}`}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class="options">
        {choices.map((choice) => (
          <label class="option" key={choice.value}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              // Named by its label only: the hint is read as its description, not as part of the name.
              aria-labelledby={`${id}-${choice.value}-label`}
              aria-describedby={choice.hint ? `${id}-${choice.value}` : undefined}
            />
            {choice.icon && <MeterIcon icon={choice.icon} class="option-icon" />}
            <span class="option-text">
              <span class="option-label" id={`${id}-${choice.value}-label`}>
                {choice.label}
              </span>
              {choice.hint && (
                <span class="hint" id={`${id}-${choice.value}`}>
                  {choice.hint}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
      <div role="alert" id={`${id}-error`} class={problem ? "field-problem" : "alert-empty"}>
        {problem && (
          <>
            <p class="field-error">{problem.title}</p>
            {problem.detail && <p>{problem.detail}</p>}
          </>
        )}
      </div>
    </fieldset>
  );
}
