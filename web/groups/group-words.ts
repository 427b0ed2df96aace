import { writtenText } from "../components/staff-text.tsx";
import { brusselsDay, formatDate, formatDateTime } from "../lib/format.ts";
import { type Language, t } from "../lib/i18n/index.ts";
import { session } from "../lib/session.ts";
import type { Group, Member, Session, Theme, Tip, TipCategory } from "./groups-api.ts";

/** The session themes in the tips library's order (the API proposes the uncovered ones in it too). */
export const TIP_CATEGORIES: readonly TipCategory[] = [
  "heating",
  "hot_water",
  "electricity_appliances",
  "bills_contracts",
  "social_tariff_aid",
  "comfort_humidity",
  "collective_heating",
];

/** A member's name; an erased household keeps its place in the group's history, without its name. */
export function memberName(member: { pseudonym: string }): string {
  return member.pseudonym || t("groups.erasedMember");
}

export function themeName(theme: Theme, themeText?: string | null): string {
  return theme === "free" && themeText ? themeText : t(`groups.theme.${theme}`);
}

/** A tip's title and explanation in the language on screen, else French, else any; `lang` says which. */
export function tipText(text: Tip["text"]): { title: string; body: string; lang: Language } {
  const { text: words, lang } = writtenText(text, { title: "", body: "" });
  return { ...words, lang };
}

export function periodText(startsOn: string, endsOn: string | null): string {
  return endsOn
    ? t("groups.period", { from: formatDate(startsOn), to: formatDate(endsOn) })
    : t("groups.periodOpen", { from: formatDate(startsOn) });
}

export const sessionWhen = (s: Pick<Session, "startsAt">) => formatDateTime(s.startsAt);
export const sessionDay = (s: Pick<Session, "startsAt">) => brusselsDay(new Date(s.startsAt));

/** Who may change groups: coordinators and advisers; viewers and housing managers only read. */
export function mayWrite(): boolean {
  return session.role.value === "coordinator" || session.role.value === "adviser";
}

/** Staff roles that may read groups (the API's own list). */
export function mayRead(): boolean {
  return mayWrite() || session.role.value === "viewer" || session.role.value === "housing_manager";
}

export const isClosed = (group: Pick<Group, "status">) => group.status === "closed";

export function isMemberOn(member: Pick<Member, "joinedOn" | "leftOn">, day: string): boolean {
  return member.joinedOn <= day && (member.leftOn === null || day <= member.leftOn);
}

/** Lines of a text area, trimmed, empty ones dropped: partners and speakers are typed one a line. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A day and a time typed in the form, as the instant the API wants (with Brussels' offset that day). */
export function startsAtOf(day: string, time: string): string {
  const naive = new Date(`${day}T${time}:00Z`);
  // Brussels is UTC+1 in winter, UTC+2 in summer: find which by formatting the guess back.
  for (const offsetHours of [1, 2]) {
    const instant = new Date(naive.getTime() - offsetHours * 3_600_000);
    const local = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Brussels",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(instant);
    if (local === time && brusselsDay(instant) === day) return `${day}T${time}:00+0${offsetHours}:00`;
  }
  return `${day}T${time}:00+01:00`;
}
