import { Field } from "../components/field.tsx";
import { t } from "../lib/i18n/index.ts";
import { lastDayOf } from "./settings-words.ts";

/**
 * The period a setting holds for: its first day and its last day (the API stores the day after,
 * exclusive). The first day may be left out where the setting then holds from the start.
 */
export function ValidityFields({
  errors,
  validFrom,
  validTo,
  fromOptional = false,
}: {
  errors: Readonly<Record<string, string>>;
  validFrom: string | null | undefined;
  validTo: string | null | undefined;
  fromOptional?: boolean;
}) {
  return (
    <>
      <Field
        name="validFrom"
        type="date"
        label={t(fromOptional ? "settings.validFromOptional" : "settings.validFrom")}
        error={errors.validFrom}
        defaultValue={validFrom ?? ""}
      />
      <Field
        name="validTo"
        type="date"
        label={t("settings.lastDay")}
        hint={t("settings.lastDayHint")}
        error={errors.validTo}
        defaultValue={lastDayOf(validTo)}
      />
    </>
  );
}

/** A settings form's buttons: save (or add), and cancel when editing in place. */
export function SaveOrCancel({
  pending,
  label,
  onCancel,
}: {
  pending: boolean;
  label: string;
  onCancel?: () => void;
}) {
  return (
    <div class="button-row">
      <button type="submit" class="button primary" disabled={pending}>
        {label}
      </button>
      {onCancel && (
        <button type="button" class="button secondary" onClick={onCancel}>
          {t("action.cancel")}
        </button>
      )}
    </div>
  );
}
