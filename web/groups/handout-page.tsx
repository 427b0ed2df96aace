import "../lib/i18n/fr-groups.ts";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { Page } from "../components/page.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StaffText, tWith } from "../components/staff-text.tsx";
import { type ApiError, asApiError } from "../lib/api.ts";
import { formatDate, formatIndex } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { mayRead, sessionWhen, tipText } from "./group-words.ts";
import { groupsApi, type Handout } from "./groups-api.ts";
import { ThemeName } from "./theme-name.tsx";

type Card = Handout["cards"][number];

/** Lines to write the next readings on, by hand, between two sessions. */
const WRITE_LINES = 3;

function WriteLines({ count, level = false }: { count: number; level?: boolean }) {
  return (
    <ol class="write-lines" aria-label={t("groups.handout.writeHere")}>
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>
          <span>{t("groups.handout.date")}</span>
          <span class="write-blank" />
          <span>{t(level ? "groups.handout.level" : "groups.handout.index")}</span>
          <span class="write-blank" />
        </li>
      ))}
    </ol>
  );
}

function ReadingCard({ card }: { card: Card }) {
  return (
    <article class="reading-card" aria-label={card.pseudonym}>
      <h3>
        {card.pseudonym} {card.code && <span class="code">({card.code})</span>}
      </h3>
      {!card.shared && (
        <>
          <p class="small-print">{t("groups.handout.notShared")}</p>
          <p>{t("groups.handout.meterName")}</p>
          <WriteLines count={WRITE_LINES + 1} />
        </>
      )}
      {card.shared && card.meters.length === 0 && <p>{t("groups.handout.noMeters")}</p>}
      {card.meters.map((meter) => {
        // A tank's gauge shows how much is left: the household reads a level, not an index.
        const level = meter.readingMode === "stock_level";
        return (
          <div key={meter.id} class="reading-meter">
            <p class="reading-meter-name">
              {meter.name} — {t(`unit.${meter.unit}` as "unit.kwh")}
            </p>
            {meter.registers.map((r) => (
              <div key={r.register}>
                <p>
                  {meter.registers.length > 1 && (
                    <>
                      <strong>
                        {t("groups.handout.register", { register: t(`register.${r.register}`) })}
                      </strong>{" "}
                    </>
                  )}
                  {r.lastIndex === null || r.lastReadAt === null
                    ? t(level ? "groups.handout.noLevel" : "groups.handout.noIndex")
                    : t(level ? "groups.handout.lastLevel" : "groups.handout.lastIndex", {
                        index: formatIndex(r.lastIndex),
                        date: formatDate(r.lastReadAt),
                      })}
                </p>
                <WriteLines count={WRITE_LINES} level={level} />
              </div>
            ))}
          </div>
        );
      })}
    </article>
  );
}

/** `/seances/:id/fiche`: the handout to print (A4, black and white, large type). */
export default function HandoutPage({ id }: { id: string }) {
  const handout = useSignal<Handout | null>(null);
  const problem = useSignal<ApiError | null>(null);
  useEffect(() => {
    if (mayRead())
      groupsApi.handout(id).then(
        (h) => (handout.value = h),
        (error) => (problem.value = asApiError(error)),
      );
  }, [id, handout, problem]);

  const h = handout.value;
  if (!mayRead() || !h)
    return (
      <Page title={t("groups.handout.title")}>
        {!mayRead() && <p>{t("groups.staffOnly")}</p>}
        <ProblemAlert problem={problem.value} />
        {mayRead() && !problem.value && <p role="status">{t("status.loading")}</p>}
      </Page>
    );
  const s = h.session;
  return (
    <Page
      title={t("groups.handout.title")}
      heading={tWith("groups.handout.heading", {
        theme: <ThemeName theme={s.theme} themeText={s.themeText} />,
      })}
    >
      <div class="handout">
        <div class="button-row no-print">
          <a class="back-link" href={`/seances/${s.id}`}>
            {t("groups.handout.back")}
          </a>
          <button type="button" class="button primary" onClick={() => window.print()}>
            {t("action.print")}
          </button>
        </div>
        <p class="handout-when">
          <StaffText>{s.groupName}</StaffText> — {sessionWhen(s)}
          {s.place && (
            <>
              {" — "}
              <StaffText>{s.place}</StaffText>
            </>
          )}
        </p>
        <section aria-labelledby="handout-tips">
          <h2 id="handout-tips">{t("groups.handout.tips")}</h2>
          {s.tips.length === 0 && <p>{t("groups.session.noTips")}</p>}
          {s.tips.map((tip) => {
            const text = tipText(tip.text);
            return (
              <div key={tip.id} class="handout-tip">
                <h3>
                  <StaffText lang={text.lang}>{text.title}</StaffText>
                </h3>
                <p>
                  <StaffText lang={text.lang}>{text.body}</StaffText>
                </p>
              </div>
            );
          })}
        </section>
        <section aria-labelledby="handout-cards" class="reading-cards">
          <h2 id="handout-cards">{t("groups.handout.cards")}</h2>
          <p>{t("groups.handout.cardsIntro")}</p>
          {h.cards.length === 0 && <p>{t("groups.handout.noCards")}</p>}
          {h.cards.map((card) => (
            <ReadingCard key={card.householdId} card={card} />
          ))}
        </section>
      </div>
    </Page>
  );
}
