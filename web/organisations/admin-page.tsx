import { useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { SelectField } from "../components/field.tsx";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import "../lib/i18n/fr-weather.ts";
import { t } from "../lib/i18n/index.ts";
import { CreateOrganisationForm } from "./create-organisation-form.tsx";
import { InviteForm } from "./invite-form.tsx";
import { createPlatformState, type OrganisationInput } from "./organisations-state.ts";

/** The platform administrator opens organisations and invites the first coordinator of each. */
export default function AdminPage() {
  const platform = useMemo(createPlatformState, []);
  const target = useSignal("");
  useEffect(() => {
    void platform.load();
  }, [platform]);
  const organisations = platform.organisations.value;
  const targetId = target.value || organisations?.[0]?.id || "";

  async function create(input: OrganisationInput) {
    const created = await platform.create(input);
    // The next step is almost always inviting its coordinator: select it for that.
    target.value = created.id;
    return created;
  }

  return (
    <Page title={t("admin.title")}>
      <ProblemAlert problem={platform.loadProblem.value} />
      <p>
        <a href="/admin/meteo" class="button secondary">
          {t("weather.adminLink")}
        </a>
      </p>
      <section aria-labelledby="admin-create">
        <h2 id="admin-create">{t("admin.createTitle")}</h2>
        <CreateOrganisationForm create={create} />
      </section>

      <section aria-labelledby="admin-invite">
        <h2 id="admin-invite">{t("admin.inviteTitle")}</h2>
        <p>{t("admin.inviteIntro")}</p>
        {organisations && organisations.length > 0 ? (
          <>
            <SelectField
              name="organisation"
              label={t("admin.inviteOrganisation")}
              value={targetId}
              onChange={(event) => {
                target.value = event.currentTarget.value;
              }}
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
            <InviteForm
              key={targetId}
              fixedRole="coordinator"
              submitLabel={t("admin.inviteSubmit")}
              send={(input) => platform.invite({ organisationId: targetId, input })}
            />
          </>
        ) : (
          <p>{t("admin.noOrganisation")}</p>
        )}
      </section>

      <section aria-labelledby="admin-list">
        <h2 id="admin-list">{t("admin.listTitle")}</h2>
        {organisations === null && <p role="status">{t("status.loading")}</p>}
        <ul class="cards">
          {organisations?.map((o) => (
            <li key={o.id} class="card">
              <p class="card-title">{o.name}</p>
              <p class="muted">
                {t(`organisationKind.${o.kind}`)} · {o.slug}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
