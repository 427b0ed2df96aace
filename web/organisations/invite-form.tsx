import { useSignal } from "@preact/signals";
import type { TargetedSubmitEvent } from "preact";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import { InvitationCard } from "./invitation-card.tsx";
import type { Invitation, InvitationInput } from "./organisations-state.ts";

const ROLES = ["adviser", "coordinator", "housing_manager", "viewer"] as const;

/** Invites one person; the role is asked unless the caller fixes it (a new organisation's coordinator). */
export function InviteForm({
  send,
  fixedRole,
  submitLabel,
}: {
  send: (input: InvitationInput) => Promise<Invitation>;
  fixedRole?: InvitationInput["role"];
  submitLabel: string;
}) {
  const { pending, problem, run } = useAction();
  const created = useSignal<Invitation | null>(null);
  const errors = problem.value?.fieldErrors ?? {};

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email") ?? "").trim();
    const role = fixedRole ?? (String(form.get("role")) as InvitationInput["role"]);
    created.value = null;
    void run(async () => {
      created.value = await send({ role, ...(email ? { email } : {}) });
      formElement.reset();
    });
  }

  return (
    <>
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem.value} shownFields={["role", "email"]} />
        {!fixedRole && (
          <SelectField
            name="role"
            label={t("invite.role")}
            error={errors.role}
            options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        )}
        <Field
          name="email"
          label={t("invite.email")}
          hint={t("invite.emailHint")}
          error={errors.email}
          type="email"
          autocomplete="off"
        />
        <button type="submit" class="button primary" disabled={pending.value}>
          {submitLabel}
        </button>
      </form>
      {created.value && <InvitationCard invitation={created.value} />}
    </>
  );
}
