import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CO2_FACTORS } from "../../../api/consumption/co2.ts";
import {
  CO2,
  CONVERSION,
  type CsvCitation,
  type ReferenceNumber,
  SOCIAL_TARIFF_QUARTERS,
} from "../../../api/consumption/reference-factors.ts";

const REFERENCE_DIR = path.join(import.meta.dirname, "../../../seeds/reference");

/** RFC 4180 enough for these files: commas, quoted cells, doubled quotes inside them. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ",") endCell();
    else if (c === "\n") endRow();
    else if (c !== "\r") cell += c;
  }
  if (cell || row.length) endRow();
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

function cited(cite: CsvCitation): number {
  const rows = parseCsv(readFileSync(path.join(REFERENCE_DIR, cite.file), "utf8"));
  const matches = rows.filter((r) =>
    Object.entries(cite.match).every(([column, text]) => r[column] === text),
  );
  expect(matches, `${cite.file} ${JSON.stringify(cite.match)}`).toHaveLength(1);
  return Number(matches[0]?.[cite.column]) * (cite.scale ?? 1);
}

const all: [string, ReferenceNumber][] = [
  ...Object.entries(CONVERSION),
  ...Object.entries(CO2),
  ...SOCIAL_TARIFF_QUARTERS.flatMap((q): [string, ReferenceNumber][] => [
    [`social electricity ${q.validFrom}`, q.electricityEurPerKwh],
    [`social gas ${q.validFrom}`, q.gasEurPerKwh],
  ]),
];

describe("reference factors", () => {
  it.each(all)("%s equals its row in seeds/reference", (_name, { value, cite }) => {
    expect(cited(cite)).toBeCloseTo(value, 12);
  });

  it("covers the quarters 2022-Q4 to 2024-Q4 back to back", () => {
    expect(SOCIAL_TARIFF_QUARTERS[0]?.validFrom).toBe("2022-10-01");
    expect(SOCIAL_TARIFF_QUARTERS.at(-1)?.validTo).toBe("2025-01-01");
    for (let i = 1; i < SOCIAL_TARIFF_QUARTERS.length; i++) {
      expect(SOCIAL_TARIFF_QUARTERS[i]?.validFrom).toBe(SOCIAL_TARIFF_QUARTERS[i - 1]?.validTo);
    }
  });

  it("gives every default CO₂ factor a source and a convention", () => {
    for (const factor of DEFAULT_CO2_FACTORS) {
      expect(factor.source).not.toBe("");
      expect(factor.convention).not.toBe("");
    }
  });

  it("ships the four CSVs and their SOURCES.md", () => {
    const sources = readFileSync(path.join(REFERENCE_DIR, "SOURCES.md"), "utf8");
    for (const file of [
      "conversion_factors.csv",
      "co2_emission_factors.csv",
      "energy_prices.csv",
      "social_tariff_rules.csv",
    ]) {
      expect(parseCsv(readFileSync(path.join(REFERENCE_DIR, file), "utf8")).length).toBeGreaterThan(0);
      expect(sources).toContain(file);
    }
  });
});
