import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { parseSettingNumber } from "./settings-words.ts";

/** Reads a settings form by field name, noting a message for each field that cannot be sent. */
export function formReader(form: HTMLFormElement) {
  const data = new FormData(form);
  const errors: Record<string, string> = {};
  const text = (name: string, { required = false } = {}) => {
    const value = String(data.get(name) ?? "").trim();
    if (required && value === "") errors[name] = t("settings.required");
    return value;
  };
  return {
    errors,
    text,
    /** A number, multiplied by `scale` (a VAT typed as 6 % is sent as 0.06); undefined when left empty. */
    number(name: string, { required = false, signed = false, scale = 1 } = {}) {
      const value = parseSettingNumber(text(name, { required }), { signed });
      if (value === null) errors[name] = t("settings.notANumber");
      return typeof value === "number" ? Math.round(value * scale * 1e9) / 1e9 : undefined;
    },
    checked: (name: string) => data.get(name) === "on",
  };
}

export type FormReader = ReturnType<typeof formReader>;

/**
 * Submit handling shared by the settings forms: the form's own checks first (nothing is sent while
 * a field is wrong), then the server's refusals field by field, and the focus taken to the first
 * field in error so a keyboard or screen-reader user lands on it.
 */
export function useSettingsForm() {
  const { pending, problem, run } = useAction();
  const clientErrors = useSignal<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Record<string, string> = { ...(problem.value?.fieldErrors ?? {}), ...clientErrors.value };

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [problem.value, clientErrors.value]);

  function onSubmit(
    event: TargetedSubmitEvent<HTMLFormElement>,
    build: (read: FormReader) => () => Promise<unknown>,
  ) {
    event.preventDefault();
    const read = formReader(event.currentTarget);
    const send = build(read);
    clientErrors.value = read.errors;
    if (Object.keys(read.errors).length) {
      problem.value = null;
      return;
    }
    void run(send);
  }

  return { formRef, pending, problem, errors, onSubmit };
}
