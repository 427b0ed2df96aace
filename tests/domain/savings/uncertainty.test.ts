import { describe, expect, it } from "vitest";
import { groupSavings } from "../../../api/savings/index.ts";
import { baselineFit, lag1Autocorrelation, savingsInterval } from "../../../api/savings/uncertainty.ts";

describe("ASHRAE Guideline 14 terms, as in METHOD-SAVINGS.md", () => {
  // Period totals 100, 120, 90, 110 against a model's 105, 115, 95, 105: residuals ŷ − y = 5, −5, 5, −5.
  const fit = baselineFit({ actualKwh: [100, 120, 90, 110], fittedKwh: [105, 115, 95, 105], regressors: 1 });

  it("CV(RMSE) = √(Σr²/(n − c)) / ȳ", () => {
    expect(fit.cvRmse).toBeCloseTo(Math.sqrt(100 / 3) / 105, 12);
  });

  it("ρ is the lag-1 autocorrelation of the residuals, and n' = n(1 − ρ)/(1 + ρ) with a negative ρ as 0", () => {
    // Σ r_i·r_{i−1} = −75, Σ r² = 100: ρ = −0.75, counted as 0, so n' = n = 4.
    expect(fit.rho).toBeCloseTo(-0.75, 12);
    expect(fit.effectiveN).toBe(4);
    // Residuals 2, 1, −1, −2 (mean 0): Σ r_i·r_{i−1} = 2 − 1 + 2 = 3, Σ r² = 10, ρ = 0.3, n' = 4·0.7/1.3.
    const drifting = baselineFit({ actualKwh: [10, 10, 10, 10], fittedKwh: [12, 11, 9, 8], regressors: 1 });
    expect(drifting.rho).toBeCloseTo(0.3, 12);
    expect(drifting.effectiveN).toBeCloseTo((4 * 0.7) / 1.3, 12);
    expect(lag1Autocorrelation([1, 1, 1])).toBeNull();
  });

  it("the 90 % interval is t · (aM² + bM + d) · CV · √((n/n')(1 + 2/n')/Q) · ΣÛ", () => {
    const interval = savingsInterval({
      dataKind: "billing",
      fit,
      regressors: 1,
      reportingMonths: 3,
      reportingPeriods: 3,
      counterfactualKwh: 1000,
    });
    const t = 2.353363434801823; // Student's t, 0.95 quantile, 3 degrees of freedom (tables: 2.353)
    const polynomial = -0.00022 * 9 + 0.03306 * 3 + 0.94054;
    const spread = Math.sqrt((4 / 4) * (1 + 2 / 4) * (1 / 3));
    expect(interval.uncertaintyKwh90).toBeCloseTo(
      t * polynomial * (Math.sqrt(100 / 3) / 105) * spread * 1000,
      9,
    );
    expect(interval.uncertaintyKwh90).toBeCloseTo(94.95, 2);
  });

  it("gives no interval, and says why, when it cannot be stated", () => {
    const none = (f: ReturnType<typeof baselineFit>, periods = 3) =>
      savingsInterval({
        dataKind: "daily",
        fit: f,
        regressors: 1,
        reportingMonths: 1,
        reportingPeriods: periods,
        counterfactualKwh: 10,
      });
    expect(none(fit, 0)).toEqual({ uncertaintyKwh90: null, reason: "no_reporting" });
    // Residuals so correlated that ten periods count as half an independent one (ρ = 0.9).
    const correlated = { n: 10, cvRmse: 0.1, rho: 0.9, effectiveN: (10 * 0.1) / 1.9 };
    expect(none(correlated)).toEqual({ uncertaintyKwh90: null, reason: "too_few_independent_periods" });
    expect(none({ ...correlated, rho: 1, effectiveN: 0 })).toEqual({
      uncertaintyKwh90: null,
      reason: "residuals_fully_correlated",
    });
    const nothingUsed = baselineFit({ actualKwh: [0, 0, 0], fittedKwh: [1, 0, 1], regressors: 1 });
    expect(none(nothingUsed)).toEqual({ uncertaintyKwh90: null, reason: "no_baseline_use" });
  });

  it("a group's uncertainty is √(Σ ΔU²) over its total savings", () => {
    const group = groupSavings([
      { savingsKwh: 10, uncertaintyKwh90: 3 },
      { savingsKwh: 15, uncertaintyKwh90: 4 },
    ]);
    expect(group).toEqual({ savingsKwh: 25, uncertaintyKwh90: 5, fsu: 0.2 });
  });
});
