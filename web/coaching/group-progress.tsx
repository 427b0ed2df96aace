import { t } from "../lib/i18n/index.ts";
import type { GroupView } from "./coaching-api.ts";
import { percent } from "./coaching-words.ts";

/** One figure as two bars, the household's and the group's mean; the numbers are written out too. */
function Compared({
  label,
  own,
  group,
}: {
  label: string;
  own: number | null;
  group: number | null | undefined;
}) {
  return (
    <div class="compared">
      <h3>{label}</h3>
      <p class="bar-line">
        <span class="bar-label">{t("myGroup.you")}</span>
        <span class="bar" aria-hidden="true">
          <span class="bar-fill own" style={{ width: `${(own ?? 0) * 100}%` }} />
        </span>
        <span class="bar-value">{own === null ? t("myGroup.notYet") : percent(own)}</span>
      </p>
      {group !== undefined && (
        <p class="bar-line">
          <span class="bar-label">{t("myGroup.groupMean")}</span>
          <span class="bar" aria-hidden="true">
            <span class="bar-fill mean" style={{ width: `${(group ?? 0) * 100}%` }} />
          </span>
          <span class="bar-value">{group === null ? t("myGroup.notYet") : percent(group)}</span>
        </p>
      )}
    </div>
  );
}

/**
 * The household's progress beside its group's anonymised mean. The API leaves the mean out in a
 * group of fewer than three households: the page says why rather than showing nothing.
 */
export function GroupProgress({ view }: { view: GroupView }) {
  const mean = view.groupAverage;
  const { planned, done, dropped } = view.own.commitments;
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t("myGroup.progress")}</h2>
      <p>{t("myGroup.commitmentsCount", { done, total: planned + done + dropped })}</p>
      <Compared
        label={t("myGroup.doneShare")}
        own={view.own.doneShare}
        group={mean ? mean.doneShare : undefined}
      />
      <Compared
        label={t("myGroup.attendance")}
        own={view.own.attendanceRate}
        group={mean ? mean.attendanceRate : undefined}
      />
      {view.averageWithheld === "small_group" && <p class="muted">{t("myGroup.smallGroup")}</p>}
      {mean && <p class="muted">{t("myGroup.anonymous")}</p>}
    </section>
  );
}
