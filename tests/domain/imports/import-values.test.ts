import { describe, expect, it } from "vitest";
import { detectLayout } from "../../../api/imports/import-formats.ts";
import {
  mapRegister,
  parseDay,
  parseDecimal,
  parseEan,
  parseStatus,
  parseUnit,
  parseWallTime,
} from "../../../api/imports/import-values.ts";

describe("cells of operators' exports", () => {
  it("reads Belgian numbers, EAN codes kept from Excel, days and times", () => {
    expect(parseDecimal("0,123")).toBe(0.123);
    expect(parseDecimal("0.123")).toBe(0.123);
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("1 234,5")).toBe(1234.5);
    expect(parseDecimal("0,12x")).toBeNull();
    expect(parseEan('="541448820000000017"')).toBe("541448820000000017");
    expect(parseEan("")).toBeNull();
    expect(parseDay("27-10-2024")).toBe("2024-10-27");
    expect(parseDay("27/10/2024")).toBe("2024-10-27");
    expect(parseDay("31-02-2024")).toBeNull();
    expect(parseWallTime("02:15:00")).toBe(8_100_000);
    expect(parseWallTime("02:15")).toBe(8_100_000);
    expect(parseWallTime("25:00")).toBeNull();
  });

  it("maps registers, units and statuses", () => {
    expect(mapRegister("Afname Dag")).toBe("day");
    expect(mapRegister("afname  nacht")).toBe("night");
    expect(mapRegister("Injectie Dag")).toBe("injection_day");
    expect(mapRegister("Injectie Nacht")).toBe("injection_night");
    expect(mapRegister("Offtake")).toBe("single");
    expect(mapRegister("Reactief")).toBeNull();
    expect(parseUnit("m³")).toBe("m3");
    expect(parseUnit("kWh")).toBe("kwh");
    expect(parseUnit("l")).toBeNull();
    expect(parseStatus("Geen verbruik")).toBe("no_consumption");
    expect(parseStatus("Geschat")).toBe("estimated");
    expect(parseStatus("Gevalideerd")).toBe("measured");
  });

  it("recognises the three operator layouts by their header, and a generic file by its mapping", () => {
    const v1 =
      "Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus";
    const v2 =
      "Van (datum);Van (tijdstip);Tot (datum);Tot (tijdstip);EAN-code;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus;Omschrijving";
    const en =
      "From (date);From (time);Until (date);Until (time);EAN code;Meter;Meter type;Register;Volume;Unit;Validation status;Caloric upper value;Description";
    expect(detectLayout(v1.split(";"))?.format).toBe("dutch_v1");
    expect(detectLayout(v1.toUpperCase().split(";"))?.format).toBe("dutch_v1");
    expect(detectLayout(v2.split(";"))?.format).toBe("dutch_v2");
    expect(detectLayout(en.split(";"))).toMatchObject({ format: "english", at: { volume: 8, unit: 9 } });
    expect(detectLayout(["timestamp", "kWh"])).toBeNull();
    const mapping = {
      timestampColumn: "timestamp",
      valueColumn: "kWh",
      unit: "kwh",
      register: "single",
    } as const;
    expect(detectLayout(["timestamp", "kWh"], mapping)).toMatchObject({
      format: "generic",
      timestampAt: 0,
      valueAt: 1,
    });
  });
});
