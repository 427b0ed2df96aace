import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";

/** Reads a form by field name, noting a message for each required field left empty. */
function formReader(form: HTMLFormElement) {
  const data = new FormData(form);
  const errors: Record<string, string> = {};
  const text = (name: string, { required = false } = {}) => {
    const value = String(data.get(name) ?? "").trim();
    if (required && value === "") errors[name] = t("groups.required");
    return value;
  };
  return {
    errors,
    text,
    /** The text, or null when left empty (optional fields the API takes as null). */
    optional: (name: string) => text(name) || null,
    all: (name: string) => data.getAll(name).map(String),
  };
}

export type GroupFormReader = ReturnType<typeof formReader>;

/**
 * Submit handling of the groups forms: the form's own checks first, then the server's refusals
 * field by field, and the focus taken to the first field in error.
 */
export function useGroupForm() {
  const { pending, problem, run } = useAction();
  const clientErrors = useSignal<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Record<string, string> = { ...(problem.value?.fieldErrors ?? {}), ...clientErrors.value };

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [problem.value, clientErrors.value]);

  function onSubmit(
    event: TargetedSubmitEvent<HTMLFormElement>,
    build: (read: GroupFormReader) => () => Promise<unknown>,
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
