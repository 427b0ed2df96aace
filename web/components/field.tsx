import type { ComponentChildren, PartialInputHTMLAttributes, PartialSelectHTMLAttributes } from "preact";

// The "Partial" attribute types leave out Preact's per-role unions, which a spread cannot satisfy.
type InputProps = Omit<PartialInputHTMLAttributes<HTMLInputElement>, "role" | "type">;
type SelectProps = Omit<PartialSelectHTMLAttributes<HTMLSelectElement>, "role">;
/** Input types that take the same attributes as a text field. */
type TextLikeType = "text" | "email" | "password" | "date" | "month";

import { useId } from "preact/hooks";

interface FieldFrame {
  name: string;
  label: string;
  hint?: string;
  /** The server's message for this field, already in the person's language. */
  error?: string;
}

/** Label above, hint and error tied to the control with aria-describedby, so all are read out. */
function useFieldIds({ hint, error }: Pick<FieldFrame, "hint" | "error">) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { id, hintId, errorId, describedBy };
}

function Frame({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  hintId?: string;
  error?: string;
  errorId?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export function Field({
  name,
  label,
  hint,
  error,
  type = "text",
  ...input
}: FieldFrame & { type?: TextLikeType } & Omit<InputProps, "id" | "name">) {
  const ids = useFieldIds({ hint, error });
  return (
    <Frame label={label} hint={hint} error={error} {...ids}>
      <input
        {...input}
        // Preact types each input type apart; these take the same attributes here.
        type={type as "text"}
        id={ids.id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Frame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  ...select
}: FieldFrame & {
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The option selected at first, left alone afterwards (the person's choice survives re-renders). */
  defaultValue?: string;
} & Omit<SelectProps, "id" | "name" | "defaultValue">) {
  const ids = useFieldIds({ hint, error });
  return (
    <Frame label={label} hint={hint} error={error} {...ids}>
      <select
        {...select}
        id={ids.id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {options.map((o) => (
          <option
            key={o.value}
            value={o.value}
            selected={defaultValue === undefined ? undefined : o.value === defaultValue}
          >
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A checkbox inside its label: the whole line is the touch target. */
export function CheckboxField({
  name,
  label,
  ...input
}: { name: string; label: ComponentChildren } & Omit<InputProps, "name" | "type">) {
  return (
    <label class="checkbox">
      <input {...input} type="checkbox" name={name} />
      <span>{label}</span>
    </label>
  );
}

/** A file picker (the phone's own file chooser) with its hint, its problem said under it. */
export function FileField({
  label,
  hint,
  accept,
  error,
}: {
  label: string;
  hint: string;
  accept: string;
  error?: string;
}) {
  const id = useId();
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        name="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
