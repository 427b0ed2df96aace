import { Field } from "../components/field.tsx";
import { t } from "../lib/i18n/index.ts";
import { TIP_CATEGORIES } from "./group-words.ts";
import type { Theme, TipCategory } from "./groups-api.ts";

/**
 * The session's theme as large radio buttons: the themes the group has not covered yet come first
 * and say so, then the others, then a theme in the adviser's own words.
 */
export function ThemeChoice({
  theme,
  notCovered,
  themeText,
  errors,
  onChange,
}: {
  theme: Theme;
  notCovered: readonly TipCategory[];
  themeText?: string | null;
  errors: Record<string, string | undefined>;
  onChange: (theme: Theme) => void;
}) {
  const uncovered = new Set(notCovered);
  const ordered: Theme[] = [
    ...TIP_CATEGORIES.filter((c) => uncovered.has(c)),
    ...TIP_CATEGORIES.filter((c) => !uncovered.has(c)),
    "free",
  ];
  return (
    <fieldset class="group-fieldset theme-choice">
      <legend>{t("groups.session.theme")}</legend>
      {errors.theme && <p class="field-error">{errors.theme}</p>}
      {ordered.map((value) => (
        <label key={value} class="choice-row">
          <input
            type="radio"
            name="theme"
            value={value}
            checked={theme === value}
            onChange={() => onChange(value)}
          />
          <span>
            {t(`groups.theme.${value}`)}
            {value !== "free" && uncovered.has(value) && (
              <span class="theme-new"> — {t("groups.session.notCovered")}</span>
            )}
          </span>
        </label>
      ))}
      {theme === "free" && (
        <Field
          name="themeText"
          label={t("groups.session.themeText")}
          error={errors.themeText}
          defaultValue={themeText ?? undefined}
          autocomplete="off"
        />
      )}
    </fieldset>
  );
}
