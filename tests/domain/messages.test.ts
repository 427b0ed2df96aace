import { describe, expect, it } from "vitest";
import { MESSAGES, message } from "../../api/http/messages.ts";
import { READING_ERROR_CODES } from "../../api/meters/reading-rules.ts";

describe("error messages", () => {
  it("exist for every refusal of the reading rules, in the four languages", () => {
    const missing = READING_ERROR_CODES.filter((code) => !MESSAGES[code]);
    expect(missing).toEqual([]);
    for (const [code, m] of Object.entries(MESSAGES))
      for (const lang of ["fr", "nl", "en", "de"] as const) {
        expect(m.title[lang], `${code} ${lang}`).toBeTruthy();
        if (m.detail) expect(m.detail[lang], `${code} ${lang} detail`).toBeTruthy();
      }
  });

  it("use the same placeholders in every language", () => {
    const placeholders = (text?: string) => [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const [code, m] of Object.entries(MESSAGES))
      for (const lang of ["nl", "en", "de"] as const) {
        expect(placeholders(m.title[lang]), `${code} ${lang}`).toEqual(placeholders(m.title.fr));
        expect(placeholders(m.detail?.[lang]), `${code} ${lang} detail`).toEqual(placeholders(m.detail?.fr));
      }
  });

  it("write numbers and days the way each language reads them", () => {
    const params = { value: 1234, previousValue: 1250.5, previousDate: "2026-10-12" };
    expect(message("reading.below_previous", "fr", params).title).toBe(
      "L'index 1\u202f234 est plus petit que le dernier relevé (1\u202f250,5 le 12/10).",
    );
    expect(message("reading.below_previous", "en", params).title).toBe(
      "The index 1,234 is lower than the last reading (1,250.5 on 12/10).",
    );
    expect(message("reading.below_previous", "nl", params).title).toBe(
      "De stand 1.234 is kleiner dan de vorige (1.250,5 op 12/10).",
    );
    expect(message("reading.below_previous", "de", params).title).toBe(
      "Der Stand 1.234 ist kleiner als der letzte (1.250,5 am 12.10.).",
    );
  });
});
