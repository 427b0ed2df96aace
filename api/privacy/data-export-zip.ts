import { strToU8, zipSync } from "fflate";
import { COMFORT_PROBLEM_LABELS } from "../buildings/index.ts";
import { addDays } from "../consumption/index.ts";
import {
  type Cell,
  excelCsv,
  KIND_LABELS,
  REGISTER_LABELS,
  readingsCsv,
  toReadingLines,
} from "../exports/index.ts";
import { REFERRAL_PARTNER_LABELS, tipTitle } from "../groups/index.ts";
import type { Language } from "../http/i18n.ts";
import { UNIT_LABELS } from "../meters/index.ts";
import type { HouseholdDataExport } from "./data-export.ts";
import { auditLogCutNote } from "./data-export-note.ts";
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
} from "./data-export-values.ts";
import { FILES, type FileKey, HEADERS, yesNo } from "./data-export-words.ts";

/**
 * The data export as a ZIP of CSV files, one per kind of data, each as Excel with Belgian settings
 * opens it (see exports/excel-csv.ts). fflate builds the archive in memory: the files are small
 * (a household's readings), it is pure JavaScript with no dependencies, and the same bytes come out
 * for the same data. Codes are written in words, in the household's language (data-export-values.ts);
 * the JSON keeps the codes.
 */
export function dataExportZip(data: HouseholdDataExport, lang: Language): Uint8Array<ArrayBuffer> {
  const meterName = new Map(data.meters.map((m) => [m.id, m.name]));
  const h = data.household;
  const words = (labels: Parameters<typeof wordsOf>[0], code: string | null | undefined) =>
    wordsOf(labels, code, lang);
  const tables: Record<FileKey, Cell[][]> = {
    household: [
      [
        h.code,
        h.pseudonym,
        h.createdAt,
        h.adults,
        h.children,
        words(HEATING_TYPE_LABELS, h.heatingType),
        h.floorAreaM2,
        yesNo(h.budgetMeter, lang),
        yesNo(h.protectedCustomer, lang),
        h.billingMonth,
        h.monthlyAdvanceEur,
        words(LANGUAGE_LABELS, data.account?.language),
      ],
    ],
    sessions: data.sessions.map((s) => [s.createdAt, s.lastSeenAt, s.expiresAt, yesNo(s.persistent, lang)]),
    consents: data.consents.map((c) => [words(CONSENT_SCOPE_LABELS, c.scope), c.grantedAt, c.revokedAt]),
    meters: data.meters.map((m) => [
      m.name,
      KIND_LABELS[m.kind][lang],
      m.registers.map((r) => REGISTER_LABELS[r][lang]).join(", "),
      m.ean,
      m.serial,
      m.maxIndex,
      words(GAS_TYPE_LABELS, m.gasType),
      m.startedAt,
      m.closedAt,
      m.id,
      m.replacesMeterId,
    ]),
    readings: [],
    deliveries: data.deliveries.map((d) => [meterName.get(d.meterId), d.deliveredOn, d.quantity, d.costEur]),
    topUps: data.topUps.map((t) => [t.toppedUpOn, t.amountEur]),
    contracts: data.contracts.map((c) => [
      KIND_LABELS[c.energy][lang],
      c.label,
      c.validFrom,
      c.validTo,
      words(UNIT_LABELS, c.unit),
      c.priceSingleEur,
      c.priceDayEur,
      c.priceNightEur,
      c.priceExclusiveNightEur,
      c.priceInjectionEur,
      c.fixedEurPerYear,
      c.vatRate,
      yesNo(c.social, lang),
    ]),
    imports: data.imports.map((i) => [
      meterName.get(i.meterId),
      i.importedAt,
      words(IMPORT_FORMAT_LABELS, i.format),
      i.rowsRead,
      i.rowsImported,
      i.from,
      i.to,
      i.registers.map((r) => REGISTER_LABELS[r][lang]).join(", "),
      // Each flag is a sentence: joined with a space, not a comma.
      i.flags.map((f) => words(IMPORT_FLAG_LABELS, f)).join(" "),
    ]),
    intervalDays: data.intervalDays.map((d) => [
      meterName.get(d.meterId),
      REGISTER_LABELS[d.register][lang],
      d.day,
      d.slotMinutes,
      UNIT_LABELS[d.unit][lang],
      d.totalKwh,
      d.totalNative,
      d.estimatedSlots,
      // The day's values in one cell, in order, blank where the file had none.
      d.values.map((v) => (v === null ? "" : String(v).replace(".", ","))).join(" "),
    ]),
    auditLog: data.auditLog.map((e) => [
      e.at,
      words(AUDIT_ACTION_LABELS, e.action),
      e.actor?.name,
      words(ROLE_LABELS, e.actor?.role),
      auditDetailsText(e.details, lang),
    ]),
    comfortCheckIns: data.comfortCheckIns.map((c) => [
      c.day,
      c.indoorC,
      c.humidityPct,
      yesNo(c.feltCold, lang),
    ]),
    groupMemberships: data.groupMemberships.map((m) => [m.group, m.joinedOn, m.leftOn]),
    attendance: data.attendance.map((a) => [
      a.startsAt,
      a.themeText ?? words(SESSION_THEME_LABELS, a.theme),
      words(ATTENDANCE_LABELS, a.status),
    ]),
    commitments: data.commitments.map((c) => [
      tipTitle(c.tip, lang),
      words(COMMITMENT_STATUS_LABELS, c.status),
      c.plannedOn,
      c.doneOn,
      c.droppedOn,
      c.note,
    ]),
    kitItems: data.kitItems.map((k) => [
      k.handedOn,
      k.item,
      k.quantity,
      k.unitPriceEur,
      yesNo(k.overCapConfirmed, lang),
    ]),
    homeVisits: data.homeVisits.map((v) => [
      v.visitedOn,
      v.checklist
        .filter((i) => i.checked)
        .map((i) => {
          const item = words(VISIT_CHECK_LABELS, i.item);
          return i.note ? `${item} (${i.note})` : item;
        })
        .join(", "),
      v.findings,
      v.followUpOn,
    ]),
    referrals: data.referrals.map((r) => [
      words(REFERRAL_PARTNER_LABELS, r.partner),
      r.partnerName,
      r.reason,
      r.referredOn,
      r.outcome,
      r.outcomeOn,
    ]),
    sharedTips: data.sharedTips.map((t) => [t.postedAt, t.text, words(SHARED_TIP_STATUS_LABELS, t.status)]),
    comfortSurveyAnswers: data.comfortSurveyAnswers.map((a) => [
      a.weekStart,
      a.warmth,
      a.problems.map((p) => words(COMFORT_PROBLEM_LABELS, p)).join(", "),
      a.comment,
    ]),
    consultationAnswers: data.consultationAnswers.map((a) => [a.consultation, a.option, a.answeredAt]),
    occupancies: data.occupancies.map((o) => [o.building, o.dwelling, o.movedInOn, o.movedOutOn]),
    heatingCostStatements: data.heatingCostStatements.map((s) => [
      s.seasonFrom,
      // The season's last day, as the statement says it (« au 30/04 »): `seasonTo` is the day after.
      addDays(s.seasonTo, -1),
      s.dwellingLabel,
      s.days,
      s.fixedEur,
      s.variableEur,
      s.totalEur,
      yesNo(s.estimated, lang),
    ]),
  };
  const files: Record<string, Uint8Array> = {};
  // First in the archive, so it is seen before the CSV files.
  const note = auditLogCutNote(
    { ...data.auditLogCount, oldestKeptAt: data.auditLog[data.auditLog.length - 1]?.at ?? null },
    lang,
  );
  if (note) files[note.fileName] = strToU8(note.text);
  for (const key of Object.keys(tables) as FileKey[]) {
    const csv =
      key === "readings"
        ? readingsCsv(toReadingLines({ meters: data.meters, readings: data.readings }), lang)
        : excelCsv({ header: HEADERS[key][lang], rows: tables[key] });
    files[`${FILES[key][lang]}.csv`] = strToU8(csv);
  }
  // A fixed date inside the archive: the export's date is in its name, and equal data gives equal bytes.
  // fflate allocates a plain ArrayBuffer (never a shared one), which is what a response body takes.
  return zipSync(files, { level: 6, mtime: data.exportedAt }) as Uint8Array<ArrayBuffer>;
}
