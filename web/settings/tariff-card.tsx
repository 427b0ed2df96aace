import { useSignal } from "@preact/signals";
import { formatNumber } from "../lib/format.ts";
import { t } from "../lib/i18n/index.ts";
import { CloseTariff } from "./close-tariff-form.tsx";
import { SettingActions } from "./setting-actions.tsx";
import { settingsApi, type Tariff } from "./settings-api.ts";
import { isPast, periodText } from "./settings-words.ts";
import { TariffForm } from "./tariff-form.tsx";

type PriceKey = keyof Tariff["pricesEurPerUnit"];
const PRICE_ORDER: readonly PriceKey[] = ["single", "day", "night", "exclusiveNight", "injection"];

/** Written badges, never colour alone: demo values, social tariff, over. */
export function Badges({ items }: { items: ReadonlyArray<[boolean, string, string]> }) {
  const shown = items.filter(([on]) => on);
  if (!shown.length) return null;
  return (
    <p class="badges">
      {shown.map(([, text, kind]) => (
        <span key={text} class={`badge ${kind}`}>
          {text}
        </span>
      ))}
    </p>
  );
}

/** One tariff as a coordinator checks it against a supplier's price sheet. */
export function TariffCard({
  tariff,
  today,
  canEdit,
  onSaved,
  onDeleted,
}: {
  tariff: Tariff;
  today: string;
  canEdit: boolean;
  onSaved: (saved: Tariff) => void;
  onDeleted: (id: string) => void;
}) {
  const editing = useSignal(false);
  const prices = PRICE_ORDER.filter((key) => tariff.pricesEurPerUnit[key] !== null);
  const vat = formatNumber(tariff.vatRate * 100, { maxDecimals: 2 });

  if (editing.value)
    return (
      <li class="card setting-card">
        <p class="card-title">{t("settings.tariff.editTitle", { label: tariff.label })}</p>
        <TariffForm
          tariff={tariff}
          onSaved={(saved) => {
            editing.value = false;
            onSaved(saved);
          }}
          onCancel={() => (editing.value = false)}
        />
      </li>
    );

  return (
    <li class="card setting-card">
      <p class="card-title">{tariff.label}</p>
      <Badges
        items={[
          [tariff.isDemo, t("settings.demoBadge"), "demo"],
          [tariff.social, t("settings.socialBadge"), "social"],
          [isPast(tariff.validTo, today), t("settings.pastBadge"), "past"],
        ]}
      />
      <p>{periodText(tariff.validFrom, tariff.validTo)}</p>
      <dl class="setting-figures">
        {prices.map((key) => (
          <div key={key}>
            <dt>
              {tariff.energy === "electricity"
                ? t(`settings.priceShort.${key}`)
                : t("settings.priceShort.one")}
            </dt>
            <dd>
              {t(`settings.pricePer.${tariff.unit}`, {
                value: formatNumber(tariff.pricesEurPerUnit[key] as number, {
                  maxDecimals: 4,
                  minDecimals: 2,
                }),
              })}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t("settings.tariff.fixedShort")}</dt>
          <dd>
            {t("settings.eurPerYear", {
              value: formatNumber(tariff.fixedEurPerYear, {
                maxDecimals: 2,
                // « 130 € », but « 95,50 € ».
                minDecimals: Number.isInteger(tariff.fixedEurPerYear) ? 0 : 2,
              }),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("settings.tariff.vatShort")}</dt>
          <dd>
            {tariff.pricesIncludeVat
              ? t("settings.tariff.vatIncluded", { vat })
              : t("settings.tariff.vatExcluded", { vat })}
          </dd>
        </div>
      </dl>
      {canEdit && (
        <SettingActions
          what={tariff.label}
          onEdit={() => (editing.value = true)}
          onDelete={async () => {
            await settingsApi.deleteTariff(tariff.id);
            onDeleted(tariff.id);
          }}
        >
          {tariff.validTo === null && <CloseTariff tariff={tariff} onSaved={onSaved} />}
        </SettingActions>
      )}
    </li>
  );
}
