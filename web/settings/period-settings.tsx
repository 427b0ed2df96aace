import { useSignal } from "@preact/signals";
import type { ComponentChildren, JSX } from "preact";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { t } from "../lib/i18n/index.ts";
import { SettingActions } from "./setting-actions.tsx";
import type { Rows } from "./settings-state.ts";
import { periodText } from "./settings-words.ts";

type Dated = { id: string; validFrom: string | null; validTo: string | null };
type FormProps<T> = { item?: T; onSaved: (saved: T) => void; onCancel?: () => void };

/**
 * One value valid over a period (a calorific value, a CO₂ factor): its figure and period, edited in
 * place with `Form`, deleted after a confirmation.
 */
export function PeriodSettingCard<T extends Dated>({
  item,
  name,
  figure,
  rows,
  canEdit,
  Form,
  onDelete,
  children,
}: {
  item: T;
  name: string;
  figure: string;
  rows: Rows<T>;
  canEdit: boolean;
  Form: (props: FormProps<T>) => JSX.Element;
  onDelete: () => Promise<unknown>;
  /** More about the value (its source…), under its period. */
  children?: ComponentChildren;
}) {
  const editing = useSignal(false);
  const period = periodText(item.validFrom, item.validTo);
  return (
    <li class="card setting-card">
      <p class="card-title">{name}</p>
      {editing.value ? (
        <Form
          item={item}
          onSaved={(saved) => {
            editing.value = false;
            rows.put(saved);
          }}
          onCancel={() => (editing.value = false)}
        />
      ) : (
        <>
          <p class="setting-value">{figure}</p>
          <p>{period}</p>
          {children}
          {canEdit && (
            <SettingActions
              what={`${name}, ${period}`}
              onEdit={() => (editing.value = true)}
              onDelete={async () => {
                await onDelete();
                rows.drop(item.id);
              }}
            />
          )}
        </>
      )}
    </li>
  );
}

/** A settings section of values by period: intro, the cards, and a form to add one. */
export function PeriodSettingsSection<T extends Dated>({
  id,
  title,
  intro,
  defaults,
  empty,
  addTitle,
  rows,
  canEdit,
  Form,
  card,
}: {
  id: string;
  title: string;
  intro: string;
  /** What applies where the organisation has set nothing. */
  defaults: string;
  empty: string;
  addTitle: string;
  rows: Rows<T>;
  canEdit: boolean;
  Form: (props: FormProps<T>) => JSX.Element;
  card: (item: T) => JSX.Element;
}) {
  const adding = useSignal(false);
  const items = rows.items.value;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      <p class="notice">{defaults}</p>
      <ProblemAlert problem={rows.problem.value} />
      {items === null && !rows.problem.value && <p role="status">{t("status.loading")}</p>}
      {items?.length === 0 && <p>{empty}</p>}
      <ul class="cards">{items?.map(card)}</ul>
      {canEdit && (
        <details class="panel" open={adding.value} onToggle={(e) => (adding.value = e.currentTarget.open)}>
          <summary>{addTitle}</summary>
          {adding.value && (
            <Form
              onSaved={(saved) => {
                rows.put(saved);
                adding.value = false;
              }}
            />
          )}
        </details>
      )}
    </section>
  );
}
