import type { Ref } from "preact";
import { useId } from "preact/hooks";

/** A refusal said next to its field: what is wrong, then what to do. */
export interface FieldProblem {
  title: string;
  detail?: string;
  /** A question with its answers to tap ("1.100": 1100 or 1,1?): `text` goes into the field. */
  choices?: readonly { label: string; text: string }[];
}

/**
 * A field of the meter forms: a number read off a meter or a bill, a day, a code of digits (EAN) or
 * a short text. Numbers use a text input with `inputmode="decimal"`: the phone opens its number pad
 * with a decimal mark, and the Belgian comma is kept (type="number" drops "12345,6" in some browsers).
 * The problem lives in an alert region under the field that stays in the page, so screen readers
 * announce it when it appears; a question's answers are buttons there, handed to `onChoose`.
 */
export function EntryField({
  type,
  name,
  label,
  hint,
  value,
  max,
  problem,
  onInput,
  inputRef,
  onChoose,
  big = false,
  disabled = false,
}: {
  type: "decimal" | "date" | "digits" | "text";
  name: string;
  label: string;
  hint?: string;
  value: string;
  /** The last day allowed (dates only). */
  max?: string;
  problem?: FieldProblem | null;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** An answer to the problem's question was tapped. */
  onChoose?: (text: string) => void;
  big?: boolean;
  disabled?: boolean;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, problem ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  const typeProps =
    type === "date"
      ? ({ type: "date", max } as const)
      : ({
          type: "text",
          inputMode: type === "text" ? undefined : type === "digits" ? "numeric" : "decimal",
          autocomplete: "off",
          spellcheck: type === "text" ? undefined : false,
        } as const);
  return (
    <div class={problem ? "field has-error" : "field"}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        {...typeProps}
        ref={inputRef}
        id={id}
        name={name}
        class={big ? "big-number" : undefined}
        value={value}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <div role="alert" id={errorId} class={problem ? "field-problem" : "alert-empty"}>
        {problem && (
          <>
            <p class="field-error">{problem.title}</p>
            {problem.detail && <p>{problem.detail}</p>}
            {problem.choices && onChoose && (
              <div class="button-column">
                {problem.choices.map((choice) => (
                  <button
                    key={choice.text}
                    type="button"
                    class="button secondary"
                    onClick={() => onChoose(choice.text)}
                  >
                    {choice.label}
                  </button>
                ))}
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
