/**
 * A number as a person types it from a meter: "12345,6" (Belgian decimal comma), "12345.6",
 * "12 345,6". A dot and a comma together: the last one is the decimal mark. Null when it is not
 * a plain non-negative number (letters, a minus sign, two decimal marks).
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, "");
  if (compact === "") return null;
  const lastMark = Math.max(compact.lastIndexOf(","), compact.lastIndexOf("."));
  const normalised =
    lastMark < 0
      ? compact
      : `${compact.slice(0, lastMark).replace(/[.,]/g, "")}.${compact.slice(lastMark + 1)}`;
  if (!/^\d+(\.\d+)?$/.test(normalised) && !/^\.\d+$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
