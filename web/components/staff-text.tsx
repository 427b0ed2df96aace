import { type ComponentChildren, createElement, Fragment } from "preact";
import { type Language, language, type MessageKey, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";

/**
 * Text typed by a housing manager, an adviser or a coordinator (a consultation's question, a
 * session's notes, a group's name…), marked with the language it was written in — the one the
 * coordinator set for the organisation's staff (French by default), unless the data says otherwise —
 * whatever the interface language, so that a screen reader reads it with the right voice. Always
 * marked: redundant when the languages match, never wrong.
 */
export function StaffText({ lang, children }: { lang?: Language; children: ComponentChildren }) {
  return <span lang={lang ?? session.staffLanguage.value}>{children}</span>;
}

/**
 * `t(key, params)` where some params are nodes (a `<StaffText>`): "Kosten: <span lang="fr">…</span>",
 * the interface's words around the staff's, each in its own language.
 */
export function tWith(key: MessageKey, params: Record<string, ComponentChildren>): ComponentChildren {
  // Without params `t` leaves the `{name}` placeholders in place: split there.
  const parts = t(key)
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 0 ? part : part in params ? params[part] : `{${part}}`));
  return createElement(Fragment, null, ...parts);
}

/**
 * A text kept per language (an organisation's tip, written in one language at least): the one in the
 * interface language, else the French, else any, with the language it is in.
 */
export function writtenText<T>(texts: Partial<Record<Language, T>>, empty: T): { text: T; lang: Language } {
  const current = language.value;
  const own = texts[current];
  if (own) return { text: own, lang: current };
  if (texts.fr) return { text: texts.fr, lang: "fr" };
  const first = Object.entries(texts).find(([, text]) => text) as [Language, T] | undefined;
  return first ? { text: first[1], lang: first[0] } : { text: empty, lang: current };
}
