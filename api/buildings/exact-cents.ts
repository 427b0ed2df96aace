/**
 * Exact arithmetic for the cost split. Areas, rating factors and readings arrive as JS numbers written
 * in decimal ("52.35", "1.15"); floats would turn a share of exactly 1/4 into 0.2499999… and let the
 * rounding hand a cent to the wrong dwelling, so every figure is read back as the decimal it was
 * written as and carried as a fraction of big integers until the cents are handed out.
 */

/** n / d with d > 0. */
export interface Ratio {
  n: bigint;
  d: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The decimal a finite number is written as (its shortest round-trip form), as an exact fraction. */
export function ratioOf(value: number): Ratio {
  const m = DECIMAL.exec(String(value));
  if (!m) throw new RangeError(`not a finite number: ${value}`);
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = m;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return shift >= 0 ? { n: digits * 10n ** BigInt(shift), d: 1n } : reduce(digits, 10n ** BigInt(-shift));
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduce(n: bigint, d: bigint): Ratio {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export const ZERO: Ratio = { n: 0n, d: 1n };

export function add(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Ratio, b: Ratio): Ratio {
  return add(a, { n: -b.n, d: b.d });
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.n, a.d * b.d);
}

/** a / b, b not zero. */
export function div(a: Ratio, b: Ratio): Ratio {
  return b.n < 0n ? reduce(-a.n * b.d, a.d * -b.n) : reduce(a.n * b.d, a.d * b.n);
}

export function sum(values: readonly Ratio[]): Ratio {
  return values.reduce(add, ZERO);
}

export function isZero(a: Ratio): boolean {
  return a.n === 0n;
}

/** For display only: the nearest float. */
export function toNumber(a: Ratio): number {
  return Number(a.n) / Number(a.d);
}

/**
 * Hands out `totalCents` in proportion to the weights by the largest-remainder (Hamilton) method:
 * each item first gets the whole cents of its exact quota (total × weight / Σ weights), then the
 * cents still missing go one each to the largest remainders. Every item ends within one cent of its
 * exact quota and the items add up to the total. Equal remainders go to the item listed first, so the
 * caller lists items in its tie-break order. Weights are ≥ 0 and, unless the total is 0, not all 0.
 */
export function apportionCents(totalCents: bigint, weights: readonly Ratio[]): bigint[] {
  if (totalCents === 0n) return weights.map(() => 0n);
  // Over a common denominator the weights are integers and remainders compare exactly.
  const common = weights.reduce((l, w) => (l / gcd(l, w.d)) * w.d, 1n);
  const whole = weights.map((w) => w.n * (common / w.d));
  const total = whole.reduce((s, w) => s + w, 0n);
  if (total <= 0n) throw new RangeError("nothing to apportion by");
  const cents = whole.map((w) => (totalCents * w) / total);
  const byRemainder = whole
    .map((w, i) => ({ i, remainder: (totalCents * w) % total }))
    .sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  let missing = totalCents - cents.reduce((s, c) => s + c, 0n);
  for (const { i } of byRemainder) {
    if (missing === 0n) break;
    cents[i] = (cents[i] ?? 0n) + 1n;
    missing -= 1n;
  }
  return cents;
}
