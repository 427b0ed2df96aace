import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText } from "../components/staff-text.tsx";
import { formatDate } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import { useAction } from "../lib/use-action.ts";
import { groupsApi, type Member, type SharedTip, type Theme } from "./groups-api.ts";
import { PromoteForm } from "./promote-form.tsx";
import { ShareTipForm } from "./share-tip-form.tsx";

function SharedTipItem({
  tip,
  theme,
  canWrite,
  onSaved,
}: {
  tip: SharedTip;
  theme: Theme;
  canWrite: boolean;
  onSaved: (tip: SharedTip) => void;
}) {
  // The organisation's library is the coordinator's to keep.
  const mayPromote = canWrite && session.role.value === "coordinator" && tip.status !== "promoted";
  const { pending, problem, run } = useAction();
  const publish = (status: "published_to_group" | "private") =>
    void run(async () => onSaved(await groupsApi.publishSharedTip(tip.id, status)));
  return (
    <li class="card">
      <p class="shared-tip-text">
        « <StaffText>{tip.text}</StaffText> »
      </p>
      <p class="hint">
        {t("groups.shared.postedOn", { date: formatDate(tip.postedAt) })} —{" "}
        {t(`groups.shared.status.${tip.status}`)}
      </p>
      <ProblemAlert problem={problem.value} />
      {canWrite && tip.status === "private" && (
        <button
          type="button"
          class="button secondary"
          disabled={pending.value}
          onClick={() => publish("published_to_group")}
        >
          {t("groups.shared.publish")}
        </button>
      )}
      {canWrite && tip.status === "published_to_group" && (
        <button
          type="button"
          class="button secondary"
          disabled={pending.value}
          onClick={() => publish("private")}
        >
          {t("groups.shared.unpublish")}
        </button>
      )}
      {mayPromote && (
        <details class="panel">
          <summary>{t("groups.promote.title")}</summary>
          <PromoteForm tip={tip} theme={theme} onSaved={onSaved} />
        </details>
      )}
    </li>
  );
}

/** The tricks households shared during this session, in their own words; the adviser publishes them. */
export function SharedTipsSection({
  sessionId,
  members,
  tips,
  theme,
  canWrite,
  onSaved,
  onShared,
}: {
  sessionId: string;
  /** The households of the group on the session's day. */
  members: readonly Member[];
  onShared: (tip: SharedTip) => void;
  tips: SharedTip[];
  /** The session's theme: the category a promoted tip starts with. */
  theme: Theme;
  canWrite: boolean;
  onSaved: (tip: SharedTip) => void;
}) {
  return (
    <section aria-labelledby="shared-title">
      <h2 id="shared-title">{t("groups.shared.title")}</h2>
      <p class="hint">{t("groups.shared.intro")}</p>
      {tips.length === 0 && <p>{t("groups.shared.empty")}</p>}
      <ul class="cards">
        {tips.map((tip) => (
          <SharedTipItem key={tip.id} tip={tip} theme={theme} canWrite={canWrite} onSaved={onSaved} />
        ))}
      </ul>
      {canWrite && members.length > 0 && (
        <details class="panel">
          <summary>{t("groups.shared.addTitle")}</summary>
          <ShareTipForm sessionId={sessionId} members={members} onShared={onShared} />
        </details>
      )}
    </section>
  );
}
