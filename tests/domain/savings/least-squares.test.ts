import { describe, expect, it } from "vitest";
import {
  adjustedR2,
  fitLine,
  fitLineThroughOrigin,
  weightedMean,
} from "../../../api/savings/least-squares.ts";

describe("weighted least squares, worked by hand", () => {
  // x = [0, 1, 2], y = [1, 3, 7], w = [1, 1, 2].
  // XᵀWX = [[4, 5], [5, 9]], XᵀWy = [18, 31], det = 11:
  // intercept = (9·18 − 5·31)/11 = 7/11, slope = (4·31 − 5·18)/11 = 34/11.
  const x = [0, 1, 2];
  const y = [1, 3, 7];
  const w = [1, 1, 2];

  it("fits the line through the origin: slope = Σwxy / Σwx²", () => {
    // Σwxy = 0 + 3 + 28 = 31, Σwx² = 0 + 1 + 8 = 9.
    expect(fitLineThroughOrigin(x, y, w)).toEqual({ intercept: 0, slope: 31 / 9 });
    expect(fitLineThroughOrigin([0, 0], [1, 2], [1, 1])).toBeNull();
  });

  it("solves the normal equations", () => {
    const line = fitLine(x, y, w);
    expect(line?.intercept).toBeCloseTo(7 / 11, 12);
    expect(line?.slope).toBeCloseTo(34 / 11, 12);
  });

  it("computes adjusted R² with weighted sums", () => {
    // Fitted 7/11, 41/11, 75/11: SS_res = (4/11)² + (8/11)² + 2·(2/11)² = 8/11.
    // ȳw = 18/4 = 4.5: SS_tot = 3.5² + 1.5² + 2·2.5² = 27. R²adj = 1 − (8/11)/1 / (27/2) = 281/297.
    const fitted = x.map((v) => 7 / 11 + (34 / 11) * v);
    expect(adjustedR2({ y, fitted, w, regressors: 1 })).toBeCloseTo(281 / 297, 12);
    expect(weightedMean(y, w)).toBe(4.5);
  });

  it("finds no line when x does not vary, and no R² without enough points", () => {
    expect(fitLine([2, 2, 2], [1, 2, 3], [1, 1, 1])).toBeNull();
    expect(adjustedR2({ y: [1, 2], fitted: [1, 2], w: [1, 1], regressors: 1 })).toBeNull();
  });
});
