import { describe, expect, it } from "vitest";
import { COMFORT_PROBLEM_LABELS } from "../../../api/buildings/index.ts";
import { KIND_LABELS, REGISTER_LABELS } from "../../../api/exports/index.ts";
import { REFERRAL_PARTNER_LABELS } from "../../../api/groups/index.ts";
import { LANGUAGES } from "../../../api/http/i18n.ts";
import { UNIT_LABELS } from "../../../api/meters/index.ts";
import {
  ATTENDANCE_LABELS,
  AUDIT_ACTION_LABELS,
  auditDetailsText,
  COMMITMENT_STATUS_LABELS,
  CONSENT_SCOPE_LABELS,
  GAS_TYPE_LABELS,
  HEATING_TYPE_LABELS,
  IMPORT_FLAG_LABELS,
  IMPORT_FORMAT_LABELS,
  LANGUAGE_LABELS,
  ROLE_LABELS,
  SESSION_THEME_LABELS,
  SHARED_TIP_STATUS_LABELS,
  VISIT_CHECK_LABELS,
  wordsOf,
} from "../../../api/privacy/data-export-values.ts";
import {
  attendanceStatus,
  comfortProblem,
  commitmentStatus,
  consentScope,
  gasType,
  heatingType,
  importFormat,
  intervalUnit,
  language,
  meterKind,
  referralPartner,
  register,
  role,
  sessionTheme,
  sharedTipStatus,
  tariffUnit,
} from "../../../db/schema/index.ts";
import { frCoaching } from "../../../web/lib/i18n/fr-coaching.ts";
import { frStaff } from "../../../web/lib/i18n/fr-staff.ts";

type Labels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Every value of each database enum the data export's CSV files show, with the words it is shown in. */
const ENUMS: [string, { enumValues: readonly string[] }, Labels][] = [
  ["heating_type", heatingType, HEATING_TYPE_LABELS],
  ["consent_scope", consentScope, CONSENT_SCOPE_LABELS],
  ["gas_type", gasType, GAS_TYPE_LABELS],
  ["import_format", importFormat, IMPORT_FORMAT_LABELS],
  ["role", role, ROLE_LABELS],
  ["language", language, LANGUAGE_LABELS],
  ["session_theme", sessionTheme, SESSION_THEME_LABELS],
  ["attendance_status", attendanceStatus, ATTENDANCE_LABELS],
  ["commitment_status", commitmentStatus, COMMITMENT_STATUS_LABELS],
  ["shared_tip_status", sharedTipStatus, SHARED_TIP_STATUS_LABELS],
  ["referral_partner", referralPartner, REFERRAL_PARTNER_LABELS],
  ["comfort_problem", comfortProblem, COMFORT_PROBLEM_LABELS],
  ["meter_kind", meterKind, KIND_LABELS],
  ["register", register, REGISTER_LABELS],
  ["tariff_unit", tariffUnit, UNIT_LABELS],
  ["interval_unit", intervalUnit, UNIT_LABELS],
];

const inAllLanguages = (labels: Labels, code: string) =>
  LANGUAGES.filter((lang) => !(labels[code]?.[lang] ?? "").trim()).map((lang) => `${code} (${lang})`);

describe("the data export's values in words", () => {
  it.each(ENUMS)("has words for every %s in French, Dutch, English and German", (_, pgEnum, labels) => {
    expect(pgEnum.enumValues.flatMap((code) => inAllLanguages(labels, code))).toEqual([]);
  });

  it("has words for every import flag, visit checklist item and audit action the screens know", () => {
    const webKeys = (catalogue: object, prefix: string) =>
      Object.keys(catalogue)
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length));
    const missing = [
      ...webKeys(frStaff, "import.flag.").flatMap((code) => inAllLanguages(IMPORT_FLAG_LABELS, code)),
      ...webKeys(frCoaching, "coaching.check.").flatMap((code) => inAllLanguages(VISIT_CHECK_LABELS, code)),
      ...webKeys(frStaff, "audit.action.").flatMap((code) => inAllLanguages(AUDIT_ACTION_LABELS, code)),
    ];
    expect(missing).toEqual([]);
    // The same words as the screens, not a second wording.
    for (const code of webKeys(frStaff, "audit.action."))
      expect(AUDIT_ACTION_LABELS[code]?.fr).toBe(frStaff[`audit.action.${code}` as keyof typeof frStaff]);
  });

  it("writes a code without words as the code itself, never as an empty cell", () => {
    expect(wordsOf(HEATING_TYPE_LABELS, "heating_oil", "fr")).toBe("Mazout");
    expect(wordsOf(HEATING_TYPE_LABELS, "heating_oil", "nl")).toBe("Stookolie");
    expect(wordsOf(COMMITMENT_STATUS_LABELS, "planned", "de")).toBe("Geplant");
    expect(wordsOf(AUDIT_ACTION_LABELS, "reading.deleted", "en")).toBe("deleted a reading");
    expect(wordsOf(AUDIT_ACTION_LABELS, "something.new", "fr")).toBe("something.new");
    // Not a label: an inherited property name is a code like any other.
    expect(wordsOf(AUDIT_ACTION_LABELS, "constructor", "fr")).toBe("constructor");
    expect(wordsOf(HEATING_TYPE_LABELS, null, "fr")).toBeNull();
  });
});

describe("an audit entry's details", () => {
  it("reads as field=value, nested fields dotted, lists joined, known codes in words", () => {
    expect(
      auditDetailsText(
        {
          readingId: "r1",
          before: { readAt: "2026-02-01T00:00:00.000Z", value: 1100 },
          fields: ["heatingType", "adults"],
          register: "night",
          scope: "group",
          gone: null,
        },
        "fr",
      ),
    ).toBe(
      "readingId=r1; before.readAt=2026-02-01T00:00:00.000Z; before.value=1100; fields=heatingType, adults; register=Nuit; scope=Groupe Eco-watchers; gone=",
    );
    expect(auditDetailsText({ scope: "someday" }, "nl")).toBe("scope=someday");
  });

  it("is empty when there are none", () => {
    expect(auditDetailsText({}, "fr")).toBeNull();
    expect(auditDetailsText(null, "fr")).toBeNull();
  });
});
