import { describe, expect, it } from "vitest";
import {
  BuildingFileRefused,
  decodeCsv,
  parseBuildingFile,
  parseDecimal,
} from "../../../api/buildings/building-csv.ts";
import { normaliseWord } from "../../../api/buildings/building-csv-columns.ts";

const refusalOf = (text: string) => {
  try {
    parseBuildingFile(text);
  } catch (error) {
    if (error instanceof BuildingFileRefused) return error.refusal;
    throw error;
  }
  throw new Error("not refused");
};

describe("reading a housing company's CSV", () => {
  it("reads areas as Belgian spreadsheets write them", () => {
    expect(["1250", "1250,5", "1 250,5", "1.250,5", "1250.5", "1\u202f250"].map(parseDecimal)).toEqual([
      1250, 1250.5, 1250.5, 1250.5, 1250.5, 1250,
    ]);
    expect(["", "abc", "-3", "12,5,1"].map(parseDecimal)).toEqual([null, null, null, null]);
  });

  it("matches column names without accents, case, spaces or units", () => {
    expect(normaliseWord("Surface chauffée (m²)")).toBe("surfacechauffeem2");
    expect(normaliseWord("N° logement")).toBe("nlogement");
  });

  it("reads Windows-1252 bytes when they are not UTF-8", () => {
    expect(decodeCsv(Uint8Array.from([0xe9, 0x74, 0x61, 0x67, 0x65]))).toBe("étage");
    expect(decodeCsv(new TextEncoder().encode("étage"))).toBe("étage");
  });

  it("reads a dwellings file, its optional columns empty or absent", () => {
    const parsed = parseBuildingFile("code bâtiment;logement;surface m²;étage\nB1;A1;50;\nB1;A2;60,5;rdc\n");
    expect(parsed).toEqual({
      kind: "dwellings",
      buildingCodeColumn: "code bâtiment",
      rows: [
        { line: 2, buildingCode: "B1", unitLabel: "A1", floorAreaM2: 50, floor: null, position: null },
        { line: 3, buildingCode: "B1", unitLabel: "A2", floorAreaM2: 60.5, floor: 0, position: null },
      ],
    });
  });

  it("refuses an area with more than one decimal rather than guess a thousands separator", () => {
    expect(refusalOf("code bâtiment;logement;surface m²\nB1;A1;1.250")).toMatchObject({
      line: 2,
      column: "surface m²",
      reason: "building_import.reason.area",
      value: "1.250",
    });
  });

  it("names the line of a row short of columns, and refuses an empty file", () => {
    expect(refusalOf("code bâtiment;logement;surface m²\nB1;A1")).toMatchObject({
      line: 2,
      reason: "building_import.reason.columns",
    });
    expect(refusalOf("code bâtiment;logement;surface m²\n")).toMatchObject({
      code: "building_import.no_data",
    });
  });
});
