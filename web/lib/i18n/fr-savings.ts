import { addFrench } from "./index.ts";

/**
 * French texts of Mes économies, its staff twin and "Comment c'est calculé ?". They load with those
 * pages; nl.ts, en.ts and de.ts take their translations from nl-savings.ts and the like.
 */
export const frSavings = {
  "savings.title": "Mes économies",
  "savings.staffTitle": "Économies",
  "savings.intro":
    "Ce que vous avez économisé depuis une date, à météo égale\u00a0: un hiver froid ne compte pas contre vous.",
  "savings.staffIntro": "Les économies du ménage depuis une date, à météo égale, par énergie.",
  "savings.backToFile": "← La fiche du ménage",
  "savings.startLabel": "Depuis le",
  "savings.startHint":
    "Quand vous rejoindrez un groupe, ce sera le jour de votre entrée. En attendant, vous pouvez la changer.",
  "savings.startHintCompany":
    "Choisissez le jour à partir duquel comparer, par exemple un changement chez vous ou la fin de travaux dans l'immeuble.",
  "savings.staffStartHint": "Le ménage n'a rejoint aucun groupe\u00a0: choisissez ici la date de départ.",
  "savings.startHintGroup":
    "C'est le jour où vous avez rejoint votre groupe. Vous pouvez choisir une autre date.",
  "savings.staffStartHintGroup":
    "Le jour où le ménage a rejoint son groupe. Choisissez une autre date pour comparer.",
  "savings.startInvalid": "Choisissez une date passée.",
  "savings.noEnergy":
    "Pas de compteur de gaz, d'électricité, de chaleur ou de mazout\u00a0: pas d'économies à calculer.",
  "savings.method": "Comment c'est calculé ?",
  "savings.weather": "Météo\u00a0: {station}",
  "savings.weatherLabelled": "Météo\u00a0: {station} — {label}",

  "savings.saved": "Environ {amount} économisés depuis le {date}, à météo égale",
  "savings.usedMore":
    "Depuis le {date}, vous avez utilisé un peu plus qu'attendu à météo égale\u00a0: environ {amount} de plus",
  "savings.savedWithinNoise":
    "Depuis le {date}, vous avez utilisé un peu moins qu'attendu à météo égale\u00a0: environ {amount} de moins",
  "savings.aboutSame": "Depuis le {date}, vous avez utilisé à peu près autant qu'attendu, à météo égale",
  "savings.range": " — entre {low} et {high}.",
  "savings.end": ".",
  "savings.kwhSaved": "En énergie\u00a0: environ {kwh} de moins que prévu.",
  "savings.kwhMore": "En énergie\u00a0: environ {kwh} de plus que prévu.",
  "savings.kwhSame": "En énergie\u00a0: à peu près ce qui était prévu.",
  "savings.noise":
    "La marge va de {more} de plus à {less} de moins\u00a0: la différence est trop petite pour qu'on en soit sûr.",
  "savings.noInterval": "La marge d'erreur ne peut pas encore être calculée\u00a0: il faut plus de relevés.",
  "savings.priceFromDeliveries": "Montant calculé avec le prix moyen de vos livraisons.",
  "savings.priceMissingDelivered":
    "Le prix n'est pas connu\u00a0: l'économie est donnée en kWh. Indiquez le montant total payé quand vous notez une livraison.",
  "savings.priceMissing":
    "Le prix n'est pas connu (tarif manquant)\u00a0: l'économie est donnée en kWh. Votre conseiller peut ajouter le tarif.",
  "savings.priceMissingCompany":
    "Le prix n'est pas connu (tarif manquant)\u00a0: l'économie est donnée en kWh. Votre société de logement peut ajouter le tarif.",
  "savings.usedMoreKind":
    "Cela arrive\u00a0: plus de temps à la maison, un nouvel appareil, un hiver de maladie… Votre conseiller peut regarder avec vous d'où cela vient.",
  "savings.usedMoreKindCompany":
    "Cela arrive\u00a0: plus de temps à la maison, un nouvel appareil, un hiver de maladie…",
  "savings.period": "Calculé sur vos relevés du {from} au {to}.",
  "savings.periodStaff": "Calculé sur les relevés du {from} au {to}.",

  "savings.insufficientBaseline":
    "Il faut des relevés sur au moins {months} mois avant le {date}\u00a0: il en manque encore {missing} mois.",
  "savings.insufficientBaselineOther": "Les relevés de l'année avant le {date} ne suffisent pas encore.",
  "savings.insufficientBaselineDo": "Votre conseiller peut les reprendre de vos factures.",
  "savings.insufficientBaselineCompanyDo":
    "Vous pouvez les noter vous-même à partir de vos anciennes factures\u00a0: dans Mes compteurs, notez chaque index avec sa date.",
  "savings.insufficientBaselineStaffDo":
    "Reprenez-les des factures du ménage (un relevé par mois ou par facture).",
  "savings.insufficientReporting": "Pas encore de relevé depuis le {date}.",
  "savings.insufficientReportingDo":
    "Notez un relevé de ce compteur\u00a0: les économies se calculent dès le premier relevé après cette date.",
  "savings.insufficientReportingStaffDo":
    "Les économies se calculent dès le premier relevé après cette date.",
  "savings.noWeather":
    "Il manque la météo de\u00a0: {months}. Sans elle, on ne peut pas comparer à météo égale.",
  "savings.noWeatherOther": "Il manque des données météo pour comparer à météo égale.",
  "savings.noWeatherDo": "Les économies s'afficheront dès que ces mois seront ajoutés.",
  "savings.noWeatherStaffDo":
    "L'administrateur de la plateforme peut importer ces mois (degrés-jours de la station).",
  "savings.modelNotFit":
    "La consommation de l'année avant le {date} change trop d'un mois à l'autre pour que la météo l'explique\u00a0: pas d'économies fiables à montrer.",
  "savings.modelNotFitDo": "Votre conseiller peut regarder vos relevés avec vous.",
  "savings.modelNotFitCompanyDo":
    "Regardez vos relevés dans Mes compteurs\u00a0: un chiffre mal tapé suffit à fausser le calcul.",
  "savings.modelNotFitStaffDo":
    "Vérifiez les relevés de cette année-là\u00a0: une erreur de frappe, une longue absence, un changement de chauffage ?",

  "savings.flagsTitle": "À vérifier",
  "savings.flag.baseline_period_too_short": "Du {from} au {to}\u00a0: période trop courte, laissée de côté.",
  "savings.flag.baseline_period_too_long": "Du {from} au {to}\u00a0: période trop longue, laissée de côté.",
  "savings.flag.baseline_period_missing":
    "Du {from} au {to}\u00a0: pas de relevés dans l'année de référence.",
  "savings.flag.reporting_period_long": "Du {from} au {to}\u00a0: longtemps sans relevé.",
  "savings.flag.no_weather": "Du {from} au {to}\u00a0: pas de météo, période laissée de côté.",
  "savings.flag.negative_use":
    "Du {from} au {to}\u00a0: consommation négative, un relevé est sans doute faux.",
  "savings.flag.unusually_high_use": "Du {from} au {to}\u00a0: consommation inhabituellement élevée.",
  "savings.flag.tariff_missing": "Pas de tarif pour cette énergie\u00a0: économies en kWh seulement.",
  "savings.flag.price_from_deliveries":
    "Euros au prix moyen des livraisons notées par le ménage\u00a0: un prix mal tapé les fausse.",
  "savings.flag.too_few_independent_periods":
    "Pas de marge d'erreur\u00a0: trop peu de périodes indépendantes.",
  "savings.flag.residuals_fully_correlated":
    "Pas de marge d'erreur\u00a0: les écarts du modèle vont tous dans le même sens.",
  "savings.flag.no_reporting": "Pas de marge d'erreur\u00a0: pas encore de période depuis le départ.",
  "savings.flag.no_baseline_use":
    "Pas de marge d'erreur\u00a0: aucune consommation dans l'année de référence.",
  "savings.model":
    "Référence\u00a0: {base} par jour + {slope} par degré-jour ({convention}), R² ajusté {r2}, CV(RMSE) {cv}, {periods} périodes.",
  "savings.convention.dj15_15": "DJ 15/15",
  "savings.convention.equiv16_5": "degrés-jours équivalents 16,5/16,5",
  "savings.convention.balance": "température de base {balance} °C",

  "bill.title": "Ma facture de l'année",
  "bill.titleStaff": "La facture de l'année",
  "bill.expected": "Coût de l'année, sur la facture de {month}\u00a0: environ {amount}.",
  "bill.expectedNoMonth": "Sur l'année\u00a0: environ {amount} d'énergie.",
  "bill.advances": "Sur l'année, vos acomptes ({advance}/mois) font {paid}.",
  "bill.toPay": "Il resterait environ {amount} à payer",
  "bill.toReceive": "Vous devriez recevoir environ {amount}",
  "bill.even": "Vos acomptes devraient couvrir la facture",
  "bill.range": " (entre {low} et {high})",
  "bill.suggested": "Un acompte de {advance}/mois couvrirait l'année.",
  "bill.noModel": "{energy}\u00a0: pas encore assez de relevés pour prévoir la fin de l'année.",
  "bill.noTariff": "{energy}\u00a0: le tarif n'est pas connu, le prix ne peut pas être calculé.",
  "bill.estimatedDay": "{energy}\u00a0: 1 jour sans relevé utilisable est estimé avec la météo normale.",
  "bill.estimatedDays":
    "{energy}\u00a0: {days} jours sans relevé utilisable sont estimés avec la météo normale.",
  "bill.missing.billing_month":
    "Le mois de votre facture annuelle n'est pas encore noté\u00a0: votre conseiller peut le noter.",
  "bill.missing.monthly_advance":
    "Le montant de vos acomptes n'est pas encore noté\u00a0: votre conseiller peut le noter.",
  "bill.missing.billing_monthCompany":
    "Le mois de votre facture annuelle n'est pas encore noté\u00a0: votre société de logement peut le noter.",
  "bill.missing.monthly_advanceCompany":
    "Le montant de vos acomptes n'est pas encore noté\u00a0: votre société de logement peut le noter.",
  "bill.missing.billing_monthStaff":
    "Le mois de la facture annuelle n'est pas noté\u00a0: ajoutez-le dans la fiche du ménage.",
  "bill.missing.monthly_advanceStaff":
    "L'acompte mensuel n'est pas noté\u00a0: ajoutez-le dans la fiche du ménage.",
  "bill.nothing": "Pas encore assez d'informations pour prévoir la facture.",
  "bill.period": "Année de facturation du {from} au {to}, météo normale pour les mois à venir.",

  "guards.title": "Points d'attention",
  "guards.intro": "Des signes à regarder avec le ménage, pas des verdicts.",
  "guards.savingsWarning": "Ces économies peuvent venir de privations\u00a0: à vérifier avec le ménage.",
  "guards.savingsWarningHousehold":
    "Si ces économies viennent d'avoir eu froid, ce n'est pas une réussite\u00a0: parlez-en à votre conseiller.",
  "guards.savingsWarningCompany":
    "Si ces économies viennent d'avoir eu froid, ce n'est pas une réussite\u00a0: parlez-en à votre société de logement.",
  "guards.restriction.possible":
    "{energy}\u00a0: {value} par an, moins de la moitié de ce qu'utilisent les ménages comparables ({median}, {count} ménages). Le ménage se prive peut-être de chauffage\u00a0: parlez-en avec lui.",
  "guards.restriction.noSign":
    "{energy}\u00a0: {value} par an, pas de signe de privation (ménages comparables\u00a0: {median}).",
  "guards.restriction.no_normal_year_use":
    "Privation de chauffage\u00a0: non évaluable, la consommation d'une année normale n'est pas encore connue (il faut plus de relevés).",
  "guards.restriction.no_comparable_population":
    "Privation de chauffage\u00a0: non évaluable, trop peu de ménages comparables (même chauffage, même taille de logement) pour comparer.",
  "guards.restriction.no_floor_area":
    "Privation de chauffage\u00a0: non évaluable, la surface du logement n'est pas notée.",
  "guards.restriction.no_heating_energy":
    "Privation de chauffage\u00a0: non évaluable, pas de compteur pour l'énergie de chauffage.",
  "guards.topUps.top_ups_stopped":
    "Compteur à budget\u00a0: plus de rechargement depuis le {date}, alors qu'ils venaient chaque mois (habituellement {usual}/mois). Le ménage a peut-être du mal à recharger.",
  "guards.topUps.top_ups_shrinking":
    "Compteur à budget\u00a0: les rechargements ont baissé ({recent}/mois contre {usual}/mois avant). Le ménage a peut-être du mal à recharger.",
  "guards.topUps.no_sign": "Compteur à budget\u00a0: rechargements réguliers ({recent}/mois).",
  "guards.topUps.no_budget_meter": "Pas de compteur à budget.",
  "guards.topUps.too_few_top_ups": "Compteur à budget\u00a0: non évaluable, trop peu de rechargements notés.",
  "guards.comfort.none": "Confort\u00a0: aucun relevé ces 12 derniers mois.",
  "guards.comfort.count": "Confort\u00a0: {count} relevé(s) ces 12 derniers mois, le dernier le {date}.",
  "guards.comfort.flagsTitle": "Jours de froid ou d'humidité",
  "guards.comfort.flag": "Le {date}\u00a0: {reasons}",
  "guards.reason.cold_home": "moins de 18\u00a0°C",
  "guards.reason.damp_home": "plus de 70\u00a0% d'humidité",
  "guards.reason.felt_cold": "a eu froid",

  "comfort.title": "Comment ça va à la maison ?",
  "comfort.titleStaff": "Noter un relevé de confort",
  "comfort.intro":
    "Notez ce qu'indique le thermomètre du kit (température et humidité). Chaque réponse aide votre conseiller.",
  "comfort.introCompany":
    "Notez la température chez vous, et l'humidité si votre thermomètre l'indique. Vos relevés s'affichent plus bas.",
  "comfort.day": "Date",
  "comfort.indoor": "Température à l'intérieur (°C)",
  "comfort.humidity": "Humidité (%)",
  "comfort.optional": "Facultatif.",
  "comfort.feltCold": "J'ai eu froid",
  "comfort.feltColdStaff": "Le ménage a eu froid",
  "comfort.save": "Enregistrer",
  "comfort.saved": "Relevé du {date} enregistré. Merci\u00a0!",
  "comfort.dayInvalid": "Choisissez aujourd'hui ou un jour passé.",
  "comfort.indoorInvalid": "Écrivez une température entre 0 et 40 °C, par exemple 19,5.",
  "comfort.historyTitle": "Relevés des 12 derniers mois",
  "comfort.historyLine": "{day}\u00a0: {words}",
  "comfort.historyHumidity": "humidité {pct}\u00a0%",
  "comfort.historyCold": "a eu froid",
  "comfort.historyColdOwn": "j'ai eu froid",
  "comfort.humidityInvalid": "Écrivez un pourcentage entre 5 et 100, sans virgule, par exemple 55.",

  "signature.title": "Votre consommation selon le froid",
  "signature.titleStaff": "Consommation selon le froid",
  "signature.explain":
    "Chaque point est une période entre deux relevés\u00a0: plus il fait froid (à droite), plus on chauffe. La ligne montre ce que prévoit l'année de référence.",
  "signature.baseline": "année de référence",
  "signature.reporting": "depuis le {date}",
  "signature.line": "ce que prévoit la référence",
  "signature.xAxis": "degrés-jours par jour",
  "signature.yAxis": "kWh par jour",
  "signature.chartLabel":
    "{energy}\u00a0: kWh par jour selon les degrés-jours par jour. Ronds\u00a0: année de référence, triangles\u00a0: depuis le {date}, ligne\u00a0: ce que prévoit la référence. Les chiffres sont dans le tableau qui suit.",
  "signature.showFigures": "Voir les chiffres",
  "signature.hideFigures": "Cacher les chiffres",
  "signature.tableCaption": "{energy}\u00a0: consommation par période",
  "signature.period": "Période",
  "signature.noWeather": "pas de météo",

  "method.title": "Comment c'est calculé ?",
  "method.backHousehold": "Retour à Mes économies",
  "method.referenceTitle": "L'année d'avant sert de référence",
  "method.reference":
    "Nous prenons vos relevés des 12 mois avant la date de départ. Ils montrent combien vous utilisez par jour quand il fait doux, et combien en plus quand il fait froid.",
  "method.weatherTitle": "La météo est prise en compte",
  "method.weather":
    "Un hiver froid fait consommer plus, un hiver doux moins. Pour comparer à météo égale, nous comptons les degrés-jours\u00a0: chaque jour, de combien de degrés la température moyenne est sous 16,5 °C. Une journée à 6,5 °C compte 10 degrés-jours ; une journée à 20 °C n'en compte aucun.",
  "method.counterfactual":
    "Avec la météo réelle depuis la date de départ, nous calculons ce que vous auriez utilisé si rien n'avait changé. L'économie, c'est la différence avec ce que disent vos compteurs, au prix de votre tarif (TVA comprise, sans les frais fixes).",
  "method.intervalTitle": "La marge\u00a0: 9 chances sur 10",
  "method.interval":
    "Une consommation varie toujours un peu. « Entre 80 € et 160 € » veut dire\u00a0: il y a 9 chances sur 10 que la vraie économie soit dans cette fourchette.",
  "method.limitsTitle": "Les limites",
  "method.limitYear":
    "Il faut des relevés sur au moins 11 mois pendant l'année avant la date de départ. Votre conseiller peut les reprendre de vos factures.",
  "method.limitYearCompany":
    "Il faut des relevés sur au moins 11 mois pendant l'année avant la date de départ. Vous pouvez les noter vous-même à partir de vos anciennes factures.",
  "method.limitNoise":
    "Une économie de quelques pour cent reste dans la marge\u00a0: on ne peut pas encore dire qu'elle est sûre.",
  "method.limitCold":
    "Avoir froid pour économiser n'est pas une réussite. Votre conseiller y fait attention\u00a0: la santé et le confort passent d'abord.",
  "method.limitColdCompany":
    "Avoir froid pour économiser n'est pas une réussite\u00a0: la santé et le confort passent d'abord. Si vous avez froid chez vous, dites-le à votre société de logement.",
  "method.limitMonthly":
    "La méthode marche le mieux avec un relevé par mois. Elle suit CalTRACK 2.0 et la directive 14 de l'ASHRAE, des méthodes reconnues pour mesurer des économies d'énergie.",
} as const;

addFrench(frSavings);
