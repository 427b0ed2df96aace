import { useSignal } from "@preact/signals";
import { useId, useMemo } from "preact/hooks";
import { formatDay, formatNumber, formatYearMonth } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import type { Savings, SignaturePoint } from "./savings-api.ts";
import { signatureOf } from "./savings-shape.ts";
import { type Audience, energyName } from "./savings-words.ts";
import { SignatureChart, SignatureLegend } from "./signature-chart.tsx";

/** "déc. 2024" for a whole calendar month, else "3 déc. → 2 janv." (`to` is the next reading's day). */
function periodLabel({ from, to }: Pick<SignaturePoint, "from" | "to">): string {
  const next = new Date(`${from.slice(0, 7)}-01T12:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const wholeMonth = from.endsWith("-01") && to === next.toISOString().slice(0, 10);
  return wholeMonth ? formatYearMonth(from.slice(0, 7)) : `${formatDay(from)} → ${formatDay(to)}`;
}

function PhaseRows({ title, points }: { title: string; points: readonly SignaturePoint[] }) {
  if (points.length === 0) return null;
  return (
    <tbody>
      <tr>
        <th scope="rowgroup" colSpan={3} class="phase">
          {title}
        </th>
      </tr>
      {points.map((p) => (
        <tr key={p.from}>
          <th scope="row">{periodLabel(p)}</th>
          <td class={p.hddPerDay === null ? "no-value" : undefined}>
            {p.hddPerDay === null ? t("signature.noWeather") : formatNumber(p.hddPerDay)}
          </td>
          <td>{formatNumber(p.kwhPerDay)}</td>
        </tr>
      ))}
    </tbody>
  );
}

/**
 * The energy signature (kWh per day against degree-days per day) with its text alternative: the
 * same points as a table, folded on a phone and always printed.
 */
export function SignatureSection({ answer, audience }: { answer: Savings; audience: Audience }) {
  const open = useSignal(false);
  const id = useId();
  const series = useMemo(() => signatureOf(answer), [answer]);
  const energy = energyName(answer.energy);
  const date = formatDay(answer.start);
  const baseline = answer.points.filter((p) => p.phase === "baseline");
  const reporting = answer.points.filter((p) => p.phase === "reporting");
  return (
    <div class="signature">
      <h3>{t(audience === "staff" ? "signature.titleStaff" : "signature.title")}</h3>
      <p class="hint">{t("signature.explain")}</p>
      <SignatureLegend startDate={date} />
      <SignatureChart series={series} label={t("signature.chartLabel", { energy, date })} />
      <button
        type="button"
        class="button secondary no-print"
        aria-expanded={open.value}
        aria-controls={`${id}-figures`}
        onClick={() => (open.value = !open.value)}
      >
        {open.value ? t("signature.hideFigures") : t("signature.showFigures")}
      </button>
      <div id={`${id}-figures`} class={open.value ? "figures" : "figures folded"}>
        <table>
          <caption>{t("signature.tableCaption", { energy })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("signature.period")}</th>
              <th scope="col">{t("signature.xAxis")}</th>
              <th scope="col">{t("signature.yAxis")}</th>
            </tr>
          </thead>
          <PhaseRows title={t("signature.baseline")} points={baseline} />
          <PhaseRows title={t("signature.reporting", { date })} points={reporting} />
        </table>
      </div>
    </div>
  );
}
