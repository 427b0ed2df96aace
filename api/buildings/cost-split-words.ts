import type { Language } from "../http/i18n.ts";
import type { CostSplit, Statement } from "./cost-split.ts";
import type { Coverage } from "./cost-split-coverage.ts";

/**
 * A statement said line by line in plain words, for tenants who may not read bills easily. The words
 * live here rather than in the web layer because the same lines go on paper and into the CSV file.
 * Each line says where its figure comes from, so a tenant can check it with a calculator.
 */

type Words = Record<Language, string>;
const w = (fr: string, nl: string, en: string, de: string): Words => ({ fr, nl, en, de });

const WORDS = {
  dwelling: w(
    "Logement {label} : {periods}.",
    "Woning {label}: {periods}.",
    "Home {label}: {periods}.",
    "Wohnung {label}: {periods}.",
  ),
  period: w("du {from} au {to}", "van {from} tot en met {to}", "from {from} to {to}", "vom {from} bis {to}"),
  and: w(" et ", " en ", " and ", " und "),
  prorated: w(
    "Vous avez habité ici {days} jours sur les {seasonDays} jours de la saison : vous payez ces {days} jours.",
    "U woonde hier {days} dagen van de {seasonDays} dagen van het seizoen: u betaalt die {days} dagen.",
    "You lived here {days} days of the season's {seasonDays}: you pay for those {days} days.",
    "Sie haben hier {days} der {seasonDays} Tage der Saison gewohnt: Sie zahlen diese {days} Tage.",
  ),
  vacant: w(
    "Le logement était vide {days} jours sur les {seasonDays} jours de la saison : ces jours sont payés par la société de logement.",
    "De woning stond {days} dagen van de {seasonDays} dagen van het seizoen leeg: die dagen betaalt de huisvestingsmaatschappij.",
    "The home stood empty {days} days of the season's {seasonDays}: the housing company pays for those days.",
    "Die Wohnung stand {days} der {seasonDays} Tage der Saison leer: diese Tage zahlt die Wohnungsgesellschaft.",
  ),
  forDays: w(
    ", pour {days} jours sur {seasonDays}",
    ", voor {days} dagen van {seasonDays}",
    ", for {days} days of {seasonDays}",
    ", für {days} von {seasonDays} Tagen",
  ),
  fixed: w(
    "Part fixe, partagée selon la surface : {pct} de la facture de {bill}, soit {part}. Le logement fait {area} m² sur {totalArea} m² ({share}){forDays} : {eur}.",
    "Vast deel, verdeeld volgens de oppervlakte: {pct} van de factuur van {bill}, dus {part}. De woning is {area} m² van {totalArea} m² ({share}){forDays}: {eur}.",
    "Fixed part, shared by floor area: {pct} of the {bill} bill, that is {part}. The home has {area} m² of {totalArea} m² ({share}){forDays}: {eur}.",
    "Fester Anteil, nach Fläche verteilt: {pct} der Rechnung von {bill}, also {part}. Die Wohnung hat {area} m² von {totalArea} m² ({share}){forDays}: {eur}.",
  ),
  variable: w(
    "Part variable, partagée selon la chaleur utilisée : {pct} de la facture, soit {part}. Le logement a utilisé {quantity} sur {totalQuantity} pour tout l'immeuble ({share}){forDays} : {eur}.",
    "Variabel deel, verdeeld volgens de gebruikte warmte: {pct} van de factuur, dus {part}. De woning gebruikte {quantity} van {totalQuantity} voor het hele gebouw ({share}){forDays}: {eur}.",
    "Variable part, shared by the heat used: {pct} of the bill, that is {part}. The home used {quantity} of {totalQuantity} for the whole building ({share}){forDays}: {eur}.",
    "Verbrauchsanteil, nach genutzter Wärme verteilt: {pct} der Rechnung, also {part}. Die Wohnung hat {quantity} von {totalQuantity} für das ganze Gebäude genutzt ({share}){forDays}: {eur}.",
  ),
  variableByArea: w(
    "Part variable : {pct} de la facture, soit {part}. Aucune consommation n'a pu être relevée dans l'immeuble : cette part est aussi partagée selon la surface ({share}){forDays} : {eur}.",
    "Variabel deel: {pct} van de factuur, dus {part}. In het gebouw kon geen verbruik worden opgenomen: ook dit deel wordt volgens de oppervlakte verdeeld ({share}){forDays}: {eur}.",
    "Variable part: {pct} of the bill, that is {part}. No use could be read in the building: this part is shared by floor area too ({share}){forDays}: {eur}.",
    "Verbrauchsanteil: {pct} der Rechnung, also {part}. Im Gebäude konnte kein Verbrauch abgelesen werden: auch dieser Anteil wird nach Fläche verteilt ({share}){forDays}: {eur}.",
  ),
  units: w("{n} unités", "{n} eenheden", "{n} units", "{n} Einheiten"),
  unitsExplained: w(
    "Les unités viennent des répartiteurs posés sur les radiateurs ; un grand radiateur compte plus qu'un petit (son coefficient).",
    "De eenheden komen van de kostenverdelers op de radiatoren; een grote radiator telt meer dan een kleine (zijn coëfficiënt).",
    "The units come from the allocators on the radiators; a big radiator counts more than a small one (its rating factor).",
    "Die Einheiten kommen von den Heizkostenverteilern an den Heizkörpern; ein großer Heizkörper zählt mehr als ein kleiner (sein Faktor).",
  ),
  missing_reading: w(
    "Il manque un relevé pour ce logement : sa consommation est estimée selon sa surface, {area} m² × {perM2} par m² (la moyenne des logements relevés).",
    "Voor deze woning ontbreekt een meting: het verbruik is geschat volgens de oppervlakte, {area} m² × {perM2} per m² (het gemiddelde van de gemeten woningen).",
    "A reading is missing for this home: its use is estimated from its floor area, {area} m² × {perM2} per m² (the mean of the homes that were read).",
    "Für diese Wohnung fehlt eine Ablesung: ihr Verbrauch ist nach der Fläche geschätzt, {area} m² × {perM2} pro m² (der Mittelwert der abgelesenen Wohnungen).",
  ),
  no_device: w(
    "Ce logement n'a pas d'appareil de mesure : sa consommation est estimée selon sa surface, {area} m² × {perM2} par m² (la moyenne des logements relevés).",
    "Deze woning heeft geen meettoestel: het verbruik is geschat volgens de oppervlakte, {area} m² × {perM2} per m² (het gemiddelde van de gemeten woningen).",
    "This home has no measuring device: its use is estimated from its floor area, {area} m² × {perM2} per m² (the mean of the homes that were read).",
    "Diese Wohnung hat kein Messgerät: ihr Verbrauch ist nach der Fläche geschätzt, {area} m² × {perM2} pro m² (der Mittelwert der abgelesenen Wohnungen).",
  ),
  total: w(
    "Total à payer : {eur}.",
    "Totaal te betalen: {eur}.",
    "Total to pay: {eur}.",
    "Zu zahlen insgesamt: {eur}.",
  ),
  totalCompany: w(
    "Total pour la société de logement : {eur}.",
    "Totaal voor de huisvestingsmaatschappij: {eur}.",
    "Total for the housing company: {eur}.",
    "Insgesamt für die Wohnungsgesellschaft: {eur}.",
  ),
  // Said so that a tenant who reads with difficulty understands it and is not alarmed: who pays (the
  // households, not "they"), and that paying for other homes is a possibility, not a finding.
  coverage_dwellings_missing: w(
    "Ce partage ne porte que sur {onFile} des {inBuilding} logements du bâtiment, les seuls enregistrés ({areaOnFile} m² sur {buildingArea} m²). Toute la facture de {bill} est partagée entre ces {onFile} logements. Si cette facture est celle du chauffage de tout le bâtiment, les ménages de ces logements paient peut-être aussi une part pour les autres logements. Pour toute question, adressez-vous à la société de logement.",
    "Deze verdeling gaat maar over {onFile} van de {inBuilding} woningen van het gebouw, de enige die geregistreerd zijn ({areaOnFile} m² van {buildingArea} m²). De hele factuur van {bill} wordt verdeeld over deze {onFile} woningen. Als deze factuur voor de verwarming van het hele gebouw is, betalen de gezinnen van deze woningen misschien ook een deel voor de andere woningen. Met vragen kunt u terecht bij de huisvestingsmaatschappij.",
    "This split covers only {onFile} of the building's {inBuilding} homes, the only ones on file ({areaOnFile} m² of {buildingArea} m²). The whole bill of {bill} is shared among these {onFile} homes. If this bill is for heating the whole building, the households in these homes may also be paying a share for the other homes. For any question, ask the housing company.",
    "Diese Aufteilung betrifft nur {onFile} der {inBuilding} Wohnungen des Gebäudes, die einzigen erfassten ({areaOnFile} m² von {buildingArea} m²). Die ganze Rechnung von {bill} wird unter diesen {onFile} Wohnungen aufgeteilt. Wenn diese Rechnung für die Heizung des ganzen Gebäudes ist, zahlen die Haushalte dieser Wohnungen vielleicht auch einen Teil für die anderen Wohnungen. Bei Fragen wenden Sie sich an die Wohnungsgesellschaft.",
  ),
  coverage_area_short: w(
    "Ce partage porte sur tous les logements enregistrés du bâtiment, mais ils ne font ensemble que {areaOnFile} m² sur les {buildingArea} m² chauffés : des logements ou des surfaces manquent peut-être. Toute la facture de {bill} est partagée entre ces logements. Pour toute question, adressez-vous à la société de logement.",
    "Deze verdeling gaat over alle geregistreerde woningen van het gebouw, maar samen zijn ze maar {areaOnFile} m² van de {buildingArea} m² verwarmde oppervlakte: misschien ontbreken er woningen of oppervlaktes. De hele factuur van {bill} wordt onder deze woningen verdeeld. Met vragen kunt u terecht bij de huisvestingsmaatschappij.",
    "This split covers all the building's homes on file, but together they have only {areaOnFile} m² of the {buildingArea} m² heated: homes or floor areas may be missing. The whole bill of {bill} is shared among these homes. For any question, ask the housing company.",
    "Diese Aufteilung betrifft alle erfassten Wohnungen des Gebäudes, aber zusammen haben sie nur {areaOnFile} m² der {buildingArea} m² beheizten Fläche: Vielleicht fehlen Wohnungen oder Flächen. Die ganze Rechnung von {bill} wird unter diesen Wohnungen aufgeteilt. Bei Fragen wenden Sie sich an die Wohnungsgesellschaft.",
  ),
} satisfies Record<string, Words>;

const LOCALE: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" };

function formats(lang: Language) {
  const locale = LOCALE[lang];
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  const number = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  return {
    eur: (x: number) => money.format(x),
    pct: (x: number) => percent.format(x),
    num: (x: number, digits: number) => number(digits).format(x),
    // `to` is the first day not counted: a person reads the last day lived there.
    day: (d: string, last = false) => date.format(Date.parse(d) - (last ? 86_400_000 : 0)),
  };
}

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));

/** The statement's lines, in order, in `lang` (French by default). */
export function statementLines(split: CostSplit, s: Statement, lang: Language = "fr"): string[] {
  const f = formats(lang);
  const say = (key: keyof typeof WORDS, params: Record<string, string | number> = {}) =>
    fill(WORDS[key][lang], params);
  const days = { days: s.days, seasonDays: s.seasonDays };
  const forDays = s.days < s.seasonDays ? say("forDays", days) : "";
  const periods = s.periods
    .map((p) => say("period", { from: f.day(p.from), to: f.day(p.to, true) }))
    .join(WORDS.and[lang]);
  const quantity = (x: number, digits = s.variable.basis === "heat_kwh" ? 0 : 1) =>
    s.variable.basis === "heat_kwh" ? `${f.num(x, digits)} kWh` : say("units", { n: f.num(x, digits) });

  const lines = [say("dwelling", { label: s.dwellingLabel, periods })];
  if (s.householdId === null) lines.push(say("vacant", days));
  else if (s.days < s.seasonDays) lines.push(say("prorated", days));
  if (split.fixedShare > 0)
    lines.push(
      say("fixed", {
        pct: f.pct(split.fixedShare),
        bill: f.eur(split.bill.totalEur),
        part: f.eur(split.fixedEur),
        area: f.num(s.fixed.areaM2, 2),
        totalArea: f.num(s.fixed.totalAreaM2, 2),
        share: f.pct(s.fixed.areaShare),
        forDays,
        eur: f.eur(s.fixed.eur),
      }),
    );
  if (split.fixedShare < 1) {
    const part = { pct: f.pct(1 - split.fixedShare), part: f.eur(split.variableEur), forDays };
    if (s.variable.basis === "area")
      lines.push(
        say("variableByArea", { ...part, share: f.pct(s.variable.share), eur: f.eur(s.variable.eur) }),
      );
    else {
      const { quantity: used, totalQuantity, share, eur } = s.variable;
      lines.push(
        say("variable", {
          ...part,
          quantity: quantity(used),
          totalQuantity: quantity(totalQuantity),
          share: f.pct(share),
          eur: f.eur(eur),
        }),
      );
      if (s.variable.basis === "allocator_units") lines.push(say("unitsExplained"));
      if (s.variable.estimateReason && split.estimatePerM2 !== null)
        lines.push(
          say(s.variable.estimateReason, {
            area: f.num(s.fixed.areaM2, 2),
            perM2: quantity(split.estimatePerM2, 2),
          }),
        );
    }
  }
  lines.push(say(s.householdId === null ? "totalCompany" : "total", { eur: f.eur(s.totalEur) }));
  return lines;
}

/**
 * What it means for whoever pays that the split covers only part of the building (its `coverage`,
 * cost-split-coverage.ts), in `lang`: the same sentence on the tenant's statement and in the CSV.
 * Null when the split covers the whole building, or was computed before its coverage was recorded.
 */
export function coverageNote(
  { coverage, totalEur }: { coverage: Coverage | null; totalEur: number },
  lang: Language = "fr",
): string | null {
  if (!coverage?.warning) return null;
  const f = formats(lang);
  return fill(WORDS[`coverage_${coverage.warning}`][lang], {
    onFile: coverage.dwellingsOnFile,
    inBuilding: coverage.dwellingsInBuilding,
    areaOnFile: f.num(coverage.areaOnFileM2, 1),
    buildingArea: f.num(coverage.buildingAreaM2, 1),
    bill: f.eur(totalEur),
  });
}
