import type { TargetedSubmitEvent } from "preact";
import { Field, SelectField } from "../components/field.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { useAction } from "../lib/use-action.ts";
import type { Organisation, OrganisationInput } from "./organisations-state.ts";
import { slugFrom } from "./slug.ts";

const KINDS = ["cpas", "commune", "slsp", "sisp", "asbl"] as const;

export function CreateOrganisationForm({
  create,
}: {
  create: (input: OrganisationInput) => Promise<Organisation>;
}) {
  const { pending, problem, run } = useAction();
  const errors = problem.value?.fieldErrors ?? {};

  function submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get("name") ?? "").trim();
    const slug = String(form.get("slug") ?? "").trim() || slugFrom(name);
    const kind = String(form.get("kind")) as OrganisationInput["kind"];
    void run(async () => {
      await create({ name, slug, kind });
      formElement.reset();
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert problem={problem.value} shownFields={["name", "slug", "kind"]} />
      <Field name="name" label={t("admin.orgName")} error={errors.name} autocomplete="off" required />
      <Field
        name="slug"
        label={t("admin.orgSlug")}
        hint={t("admin.orgSlugHint")}
        error={errors.slug}
        autocomplete="off"
        autocapitalize="none"
        spellcheck={false}
      />
      <SelectField
        name="kind"
        label={t("admin.orgKind")}
        error={errors.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`organisationKind.${kind}`) }))}
      />
      <button type="submit" class="button primary" disabled={pending.value}>
        {t("admin.create")}
      </button>
    </form>
  );
}
