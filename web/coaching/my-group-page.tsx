import "../lib/i18n/fr-coaching.ts";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { adviserFollows } from "../lib/adviser-follows.ts";
import { formatDateTime } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { coachingApi, type GroupView } from "./coaching-api.ts";
import { categoryName } from "./coaching-words.ts";
import { CommitmentsBlock } from "./commitments-block.tsx";
import { GroupProgress } from "./group-progress.tsx";
import { useLoaded } from "./use-loaded.ts";

function NextSession({ session: next }: { session: GroupView["nextSession"] }) {
  if (!next) return <p>{t("myGroup.noNextSession")}</p>;
  return (
    <div class="next-session">
      <p class="next-session-when">{formatDateTime(next.startsAt)}</p>
      {next.place && <p>{tWith("myGroup.place", { place: <StaffText>{next.place}</StaffText> })}</p>}
      <p>
        {tWith("myGroup.theme", {
          theme:
            next.theme === "free" ? <StaffText>{next.themeText ?? ""}</StaffText> : categoryName(next.theme),
        })}
      </p>
      {next.theme !== "free" && next.themeText && (
        <p>
          <StaffText>{next.themeText}</StaffText>
        </p>
      )}
    </div>
  );
}

/**
 * `/mon-groupe`: the household's own view of its Eco-watchers group: the next session, its
 * commitments (it may mark one done or take one from the tips) and its progress beside the
 * group's mean, never another household's name or figures.
 */
export default function MyGroupPage() {
  const householdId = session.me.value?.householdId ?? null;
  const view = useLoaded(
    () => (householdId ? coachingApi.groupView(householdId) : Promise.resolve(null)),
    [householdId],
  );
  const profile = useLoaded(
    () => (householdId ? coachingApi.household(householdId) : Promise.resolve(null)),
    [householdId],
  );

  if (!householdId)
    return (
      <Page title={t("myGroup.title")}>
        <p>{t("myGroup.householdsOnly")}</p>
      </Page>
    );
  const current = view.value.value;
  const group = current?.group ?? null;
  const open = group !== null && group.status !== "closed";
  // Outside a group, a housing company's tenant has no adviser to wait for: its company is who to ask.
  const company = !adviserFollows({
    organisationKind: session.me.value?.activeOrganisation?.organisationKind,
    groupStatus: group?.status ?? null,
  });
  return (
    <Page
      title={t("myGroup.title")}
      heading={group ? <StaffText>{group.name}</StaffText> : t("myGroup.title")}
    >
      <p>
        <a href="/" class="back-link">
          {t("myGroup.back")}
        </a>
      </p>
      <ProblemAlert problem={view.problem.value} />
      {current === null && !view.problem.value && <p role="status">{t("status.loading")}</p>}
      {current && !group && (
        <div class="notice">
          <p>{t(company ? "myGroup.noGroupCompany" : "myGroup.noGroup")}</p>
          <p>{t(company ? "myGroup.noGroupHintCompany" : "myGroup.noGroupHint")}</p>
        </div>
      )}
      {group?.status === "closed" && <p class="notice">{t("myGroup.closed")}</p>}
      {group && (
        <>
          <section aria-labelledby="next-title">
            <h2 id="next-title">{t("myGroup.nextSession")}</h2>
            <NextSession session={current?.nextSession ?? null} />
          </section>
          <section aria-labelledby="commitments-title">
            <h2 id="commitments-title">{t("myGroup.commitments")}</h2>
            <CommitmentsBlock
              householdId={householdId}
              heatingType={profile.value.value?.profile?.heatingType ?? null}
              canWrite={open}
              audience="household"
              onChanged={() => void view.reload()}
            />
          </section>
          {current && <GroupProgress view={current} />}
        </>
      )}
      <a class="big-door" href="/conseils">
        <span class="choice-text">
          <span class="choice-title">{t("myGroup.tips")}</span>
          <span class="choice-hint">{t("myGroup.tipsHint")}</span>
        </span>
      </a>
    </Page>
  );
}
