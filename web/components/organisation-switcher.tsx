import type { TargetedEvent } from "preact";
import { t } from "../lib/i18n/index.ts";
import type { Me } from "../lib/session.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";
import { ProblemAlert } from "./problem-alert.tsx";

/** The organisation the person acts in; a choice only when they belong to several. */
export function OrganisationSwitcher({ me }: { me: Me }) {
  const { pending, problem, run } = useAction();
  const active = me.activeOrganisation;
  if (me.memberships.length < 2)
    return active ? <p class="organisation-name">{active.organisationName}</p> : null;

  function change(event: TargetedEvent<HTMLSelectElement>) {
    const organisationId = event.currentTarget.value;
    void run(() => session.switchOrganisation(organisationId));
  }
  return (
    <div class="organisation-switcher">
      <label for="organisation-switcher">{t("header.organisation")}</label>
      <select
        id="organisation-switcher"
        value={active?.organisationId ?? ""}
        disabled={pending.value}
        onChange={change}
      >
        {!active && <option value="">{t("header.chooseOrganisation")}</option>}
        {me.memberships.map((m) => (
          <option key={m.organisationId} value={m.organisationId}>
            {m.organisationName}
          </option>
        ))}
      </select>
      <ProblemAlert problem={problem.value} />
    </div>
  );
}
