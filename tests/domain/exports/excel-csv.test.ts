import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brusselsDateTime, brusselsIso, excelCsv } from "../../../api/exports/excel-csv.ts";
import { KIND_LABELS, REGISTER_LABELS, SOURCE_LABELS } from "../../../api/exports/export-labels.ts";
import { type ReadingLine, readingsCsv } from "../../../api/exports/readings-export.ts";
import { LANGUAGES, type Language } from "../../../api/http/i18n.ts";
import { METER_KINDS, type MeterKind } from "../../../api/meters/meter-kinds.ts";
import { UNIT_LABELS } from "../../../api/meters/unit-labels.ts";

const BOM = "\uFEFF";

describe("CSV for Excel with Belgian settings", () => {
  it("starts with a byte order mark, separates with ; and ends lines with CRLF", () => {
    const csv = excelCsv({ header: ["Compteur", "Index"], rows: [["Cave", 1234.5]] });
    expect(csv).toBe(`${BOM}Compteur;Index\r\nCave;1234,5\r\n`);
  });

  it("writes numbers with a decimal comma and no thousands separator; a negative number stays a number", () => {
    const csv = excelCsv({ header: ["n"], rows: [[1234567.891], [-12.5], [0.001], [0], [null]] });
    expect(csv.split("\r\n").slice(1, -1)).toEqual(["1234567,891", "-12,5", "0,001", "0", ""]);
  });

  it("quotes text holding ; quotes or line breaks, and keeps Excel from running text as a formula", () => {
    const csv = excelCsv({
      header: ["t"],
      rows: [["a;b"], ['il dit "oui"'], ["deux\nlignes"], ["=1+1"], ["-5"], ["@x"]],
    });
    expect(csv.slice(BOM.length).split("\r\n").slice(1, -1)).toEqual([
      '"a;b"',
      '"il dit ""oui"""',
      '"deux\nlignes"',
      "'=1+1",
      "'-5",
      "'@x",
    ]);
  });

  it("writes instants as Brussels wall-clock time Excel reads as a date, seconds only when there are some", () => {
    expect(brusselsDateTime(new Date("2026-03-10T09:00:00Z"))).toBe("2026-03-10 10:00");
    expect(brusselsDateTime(new Date("2026-07-01T08:00:05Z"))).toBe("2026-07-01 10:00:05");
    expect(excelCsv({ header: ["d"], rows: [[new Date("2025-12-31T23:00:00Z")]] })).toContain(
      "2026-01-01 00:00",
    );
  });

  it("keeps the repeated hour of October apart in the ISO column", () => {
    const first = new Date("2025-10-26T00:30:00Z");
    const second = new Date("2025-10-26T01:30:00Z");
    expect(brusselsDateTime(first)).toBe(brusselsDateTime(second));
    expect(brusselsIso(first)).toBe("2025-10-26T02:30:00+02:00");
    expect(brusselsIso(second)).toBe("2025-10-26T02:30:00+01:00");
    expect(brusselsIso(new Date("2026-03-10T09:00:00.250Z"))).toBe("2026-03-10T10:00:00.250+01:00");
  });
});

/** The reverse of each words table, to read an export back. */
const reverse = <K extends string>(table: Record<K, Record<Language, string>>, lang: Language) =>
  new Map(Object.entries<Record<Language, string>>(table).map(([code, words]) => [words[lang], code as K]));

const FORMULA_START = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe("the readings export read back", () => {
  // Text with what breaks CSV files: separators, quotes, line breaks, formula starts, non-ASCII.
  const text = (minLength: number) =>
    fc
      .string({
        unit: fc.constantFrom(
          "a",
          "Z",
          "1",
          " ",
          "é",
          "³",
          ";",
          ",",
          '"',
          "'",
          "\n",
          "\r",
          "=",
          "-",
          "+",
          "@",
        ),
        minLength,
        maxLength: 20,
      })
      .filter((s) => !s.startsWith("'"));
  const line = fc
    .record({
      meterName: text(0),
      kind: fc.constantFrom(...(Object.keys(METER_KINDS) as MeterKind[])),
      register: fc.constantFrom(...(Object.keys(REGISTER_LABELS) as (keyof typeof REGISTER_LABELS)[])),
      readAt: fc.integer({
        min: Date.parse("2015-01-01T00:00:00Z"),
        max: Date.parse("2030-12-31T00:00:00Z"),
      }),
      // Indexes keep 3 decimals (numeric(14,3)).
      thousandths: fc.integer({ min: 0, max: 10_000_000_000_000 }),
      source: fc.constantFrom(...(Object.keys(SOURCE_LABELS) as (keyof typeof SOURCE_LABELS)[])),
      flags: fc.subarray(["start", "final", "reset", "confirmed_jump"]),
      note: fc.option(text(1), { nil: null }),
    })
    .map(
      (r): ReadingLine => ({
        meterId: "00000000-0000-4000-8000-000000000000",
        meterName: r.meterName,
        kind: r.kind,
        register: r.register,
        readAt: new Date(r.readAt),
        value: r.thousandths / 1000,
        unit: METER_KINDS[r.kind].unit,
        source: r.source,
        flags: r.flags,
        note: r.note,
      }),
    );

  it("gives back the same readings, in every language", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 15 }), fc.constantFrom(...LANGUAGES), (lines, lang) => {
        const csv = readingsCsv(lines, lang);
        const [header, ...rows] = parse(csv, {
          bom: true,
          delimiter: ";",
          record_delimiter: "\r\n",
        }) as string[][];
        expect(header).toHaveLength(10);
        const kinds = reverse(KIND_LABELS, lang);
        const registers = reverse(REGISTER_LABELS, lang);
        const sources = reverse(SOURCE_LABELS, lang);
        const unescaped = (cell: string) => (FORMULA_START.test(cell) ? cell.slice(1) : cell);
        const back = rows.map((row) => {
          const [name, kind, register, excelDate, iso, value, unit, source, , note] = row as string[];
          const readAt = new Date(iso as string);
          expect(excelDate).toBe(brusselsDateTime(readAt));
          const k = kinds.get(kind as string) as MeterKind;
          expect(unit).toBe(UNIT_LABELS[METER_KINDS[k].unit][lang]);
          return {
            meterName: unescaped(name as string),
            kind: k,
            register: registers.get(register as string),
            readAt: readAt.getTime(),
            value: Number((value as string).replace(",", ".")),
            source: sources.get(source as string),
            note: note === "" ? null : unescaped(note as string),
          };
        });
        expect(back).toEqual(
          lines.map((l) => ({
            meterName: l.meterName,
            kind: l.kind,
            register: l.register,
            readAt: l.readAt.getTime(),
            value: l.value,
            source: l.source,
            note: l.note,
          })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
