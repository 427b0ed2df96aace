import { describe, expect, it } from "vitest";
import { parseMonthlyDegreeDaysFile, parseTemperatureFile } from "../../../api/weather/weather-csv.ts";
import { WeatherFileRefused } from "../../../api/weather/weather-refusals.ts";

function refusal(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (error instanceof WeatherFileRefused) return error.refusal;
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("daily temperature files", () => {
  it("reads the RMI open-data aws_1day export (temp_avg, comma separated, UTC-midnight timestamps)", () => {
    const csv = [
      "FID,code,timestamp,precip_quantity,temp_avg,temp_max,temp_min,qc_flags,the_geom",
      "aws_1day.1,6447,2024-01-01T00:00:00Z,2.1,7.46,9.8,4.1,,POINT (50.79 4.36)",
      "aws_1day.2,6447,2024-01-02T00:00:00Z,0,5.02,8,2.9,,POINT (50.79 4.36)",
      "aws_1day.3,6447,2024-01-03T00:00:00Z,0,,,,,POINT (50.79 4.36)",
    ].join("\n");
    expect(parseTemperatureFile(csv)).toEqual({
      format: "rmi_aws_1day",
      rowsRead: 3,
      temperatures: [
        { day: "2024-01-01", tmeanC: 7.46 },
        { day: "2024-01-02", tmeanC: 5.02 },
      ],
      daysWithoutValue: ["2024-01-03"],
    });
  });

  it("uses the mean of temp_min and temp_max when the file has no temp_avg", () => {
    const csv = "code;timestamp;temp_min;temp_max\n6447;2024-01-01 00:00:00+00;-1,5;4,2\n";
    expect(parseTemperatureFile(csv).temperatures).toEqual([{ day: "2024-01-01", tmeanC: 1.35 }]);
  });

  it("reads a plain date;tmean_c file with decimal commas, or with commas and quoted decimals", () => {
    expect(
      parseTemperatureFile("date;tmean_c\r\n2024-03-02;-0,5\r\n2024-03-01;3,25\r\n").temperatures,
    ).toEqual([
      { day: "2024-03-01", tmeanC: 3.25 },
      { day: "2024-03-02", tmeanC: -0.5 },
    ]);
    expect(parseTemperatureFile('date,tmean_c\n2024-03-01,"3,25"\n02/03/2024,4.5\n').temperatures).toEqual([
      { day: "2024-03-01", tmeanC: 3.25 },
      { day: "2024-03-02", tmeanC: 4.5 },
    ]);
  });

  it("refuses the whole file at the first bad row, naming the line and the column", () => {
    expect(refusal(() => parseTemperatureFile("date;tmean_c\n2024-03-01;3\n\n2024-03-02;chaud\n"))).toEqual({
      code: "weather.bad_row",
      line: 4,
      field: "tmean_c",
      reason: "weather.reason.temperature",
      value: "chaud",
    });
    expect(refusal(() => parseTemperatureFile("date;tmean_c\n2024-02-30;3\n"))).toMatchObject({
      line: 2,
      field: "date",
      reason: "weather.reason.day",
    });
    expect(refusal(() => parseTemperatureFile("date;tmean_c\n2024-03-01;3\n2024-03-01;4\n"))).toMatchObject({
      line: 3,
      reason: "weather.reason.duplicate",
    });
    expect(refusal(() => parseTemperatureFile("date;tmean_c\n2024-03-01;71\n"))).toMatchObject({
      reason: "weather.reason.temperature_range",
    });
    expect(refusal(() => parseTemperatureFile("date;tmean_c\n2024-03-01\n"))).toMatchObject({
      line: 2,
      field: "tmean_c",
      reason: "weather.reason.columns",
    });
  });

  it("refuses a file of several stations and a file it does not recognise", () => {
    const two = "code,timestamp,temp_avg\n6447,2024-01-01,3\n6418,2024-01-02,3\n";
    expect(refusal(() => parseTemperatureFile(two))).toMatchObject({
      line: 3,
      field: "code",
      reason: "weather.reason.several_stations",
    });
    expect(refusal(() => parseTemperatureFile("jour;temperature\n2024-01-01;3\n"))).toEqual({
      code: "weather.unknown_temperature_format",
      line: 1,
    });
    expect(refusal(() => parseTemperatureFile("date;tmean_c\n"))).toMatchObject({
      reason: "weather.reason.no_data",
    });
  });
});

describe("monthly degree-day tables", () => {
  it("reads measured months YYYY-MM and normals 1–12", () => {
    expect(parseMonthlyDegreeDaysFile("month;degree_days\n2022-02;277\n2022-01;375,5\n", "measured")).toEqual(
      [
        { month: "2022-01", degreeDays: 375.5 },
        { month: "2022-02", degreeDays: 277 },
      ],
    );
    expect(parseMonthlyDegreeDaysFile("Month,Degree_days\n1,396\n02,349\n", "normal")).toEqual([
      { month: "01", degreeDays: 396 },
      { month: "02", degreeDays: 349 },
    ]);
  });

  it("refuses a bad month, a negative value or a month given twice, with its line", () => {
    expect(refusal(() => parseMonthlyDegreeDaysFile("month;degree_days\n2022-1;375\n", "measured"))).toEqual({
      code: "weather.bad_row",
      line: 2,
      field: "month",
      reason: "weather.reason.month",
      value: "2022-1",
    });
    expect(
      refusal(() => parseMonthlyDegreeDaysFile("month;degree_days\n2022-01;-3\n", "measured")),
    ).toMatchObject({
      field: "degree_days",
      reason: "weather.reason.degree_days",
    });
    expect(refusal(() => parseMonthlyDegreeDaysFile("month;degree_days\n13;3\n", "normal"))).toMatchObject({
      reason: "weather.reason.month_of_year",
    });
    expect(
      refusal(() => parseMonthlyDegreeDaysFile("month;degree_days\n2022-01;3\n2022-01;4\n", "measured")),
    ).toMatchObject({ line: 3, reason: "weather.reason.duplicate" });
    expect(refusal(() => parseMonthlyDegreeDaysFile("mois;dj\n2022-01;3\n", "measured"))).toEqual({
      code: "weather.unknown_degree_day_format",
      line: 1,
    });
  });
});
