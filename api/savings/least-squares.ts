/** y ≈ intercept + slope·x, with a weight per observation. */
export interface Line {
  intercept: number;
  slope: number;
}

/**
 * Weighted least squares for one regressor, in closed form: β = (XᵀWX)⁻¹XᵀWy with X = [1, x],
 * written with weighted means. Null when x does not vary (the 2×2 matrix is singular).
 */
export function fitLine(x: readonly number[], y: readonly number[], w: readonly number[]): Line | null {
  const sw = sum(w);
  const xw = weightedSum(w, x) / sw;
  const yw = weightedSum(w, y) / sw;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] as number) - xw;
    sxx += (w[i] as number) * dx * dx;
    sxy += (w[i] as number) * dx * ((y[i] as number) - yw);
  }
  if (sxx <= 1e-12 * sw) return null;
  const slope = sxy / sxx;
  return { intercept: yw - slope * xw, slope };
}

/**
 * The weighted least-squares line with a base load of 0, `y = slope·x`: the best line under
 * "every estimate ≥ 0" when the free line's intercept comes out below 0. Null without any x.
 */
export function fitLineThroughOrigin(
  x: readonly number[],
  y: readonly number[],
  w: readonly number[],
): Line | null {
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    sxx += (w[i] as number) * (x[i] as number) ** 2;
    sxy += (w[i] as number) * (x[i] as number) * (y[i] as number);
  }
  return sxx > 0 ? { intercept: 0, slope: sxy / sxx } : null;
}

/** The weighted mean: the intercept-only model's estimate. */
export const weightedMean = (y: readonly number[], w: readonly number[]) => weightedSum(w, y) / sum(w);

/**
 * Adjusted R² with weighted sums: 1 − (SS_res / (P − c − 1)) / (SS_tot / (P − 1)), P observations,
 * c regressors besides the intercept. Null when it cannot be computed (too few observations, no
 * variance).
 */
export function adjustedR2({
  y,
  fitted,
  w,
  regressors,
}: {
  y: readonly number[];
  fitted: readonly number[];
  w: readonly number[];
  regressors: number;
}): number | null {
  const p = y.length;
  if (p - regressors - 1 <= 0) return null;
  const yw = weightedMean(y, w);
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < p; i++) {
    ssRes += (w[i] as number) * ((y[i] as number) - (fitted[i] as number)) ** 2;
    ssTot += (w[i] as number) * ((y[i] as number) - yw) ** 2;
  }
  if (ssTot === 0) return null;
  return 1 - ssRes / (p - regressors - 1) / (ssTot / (p - 1));
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function weightedSum(w: readonly number[], v: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (w[i] as number) * (v[i] as number);
  return s;
}
