import { useSignal } from "@preact/signals";
import { LANGUAGE_NAMES, LANGUAGES, type Language, language, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";

/** FR · NL · EN · DE, always on screen. Each button is spoken in its own language and names it fully. */
export function LanguageSwitch() {
  const failed = useSignal(false);
  async function choose(lang: Language) {
    failed.value = false;
    try {
      await session.chooseLanguage(lang);
    } catch {
      failed.value = true;
    }
  }
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t("language.label")}</legend>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={language.value === lang}
          onClick={() => choose(lang)}
        >
          {lang.toUpperCase()}
          <span class="visually-hidden"> {LANGUAGE_NAMES[lang]}</span>
        </button>
      ))}
      {failed.value && (
        <p role="alert" class="language-error">
          {t("language.failed")}
        </p>
      )}
    </fieldset>
  );
}
