/**
 * A number as a person types it from a meter: "12345,6" (Belgian decimal comma), "12345.6",
 * "12 345,6". A dot and a comma together: the last one is the decimal mark. The same mark twice
 * ("1.234.567") can only group thousands. Null when it is not a plain non-negative number (letters,
 * a minus sign, marks in odd places).
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, "");
  if (compact === "") return null;
  const grouped = thousandsOnly(compact);
  const lastMark = Math.max(compact.lastIndexOf(","), compact.lastIndexOf("."));
  const normalised =
    grouped ??
    (lastMark < 0
      ? compact
      : `${compact.slice(0, lastMark).replace(/[.,]/g, "")}.${compact.slice(lastMark + 1)}`);
  if (!/^\d+(\.\d+)?$/.test(normalised) && !/^\.\d+$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** "1.234.567" → "1234567"; "" when one mark repeats out of its groups of three ("12.3.4"), refused. */
function thousandsOnly(compact: string): string | null {
  for (const mark of [".", ","]) {
    const parts = compact.split(mark);
    const other = mark === "." ? "," : ".";
    if (parts.length < 3 || compact.includes(other)) continue;
    const groups = parts.slice(1).every((p) => /^\d{3}$/.test(p)) && /^\d{1,3}$/.test(parts[0] ?? "");
    return groups ? parts.join("") : "";
  }
  return null;
}

/**
 * The two ways a Belgian may have meant a lone dot before three digits: "1.100" is 1 100 written
 * with a thousands dot (as Dutch screens show numbers) or 1,1 written with an English decimal
 * point. Null when the text says which (a comma, spaces, other digit counts, a leading 0).
 */
export function dotReadings(text: string): { thousands: number; decimal: number } | null {
  const compact = text.trim();
  const match = /^([1-9]\d{0,2})\.(\d{3})$/.exec(compact);
  if (!match) return null;
  return { thousands: Number(`${match[1]}${match[2]}`), decimal: Number(compact) };
}
