/**
 * Why a file is refused, with the 1-based line of the file where reading stopped. Pure code throws
 * `FileRefused`; the action turns it into problem+json. Nothing is written when a file is refused.
 */
export type RowReason =
  | "import.reason.columns"
  | "import.reason.date"
  | "import.reason.time"
  | "import.reason.value"
  | "import.reason.negative"
  | "import.reason.unit"
  | "import.reason.missing_hour"
  | "import.reason.duplicate"
  | "import.reason.slot_length"
  | "import.reason.slot_boundary"
  | "import.reason.mixed_slots"
  | "import.reason.several_meters"
  | "import.reason.syntax"
  | "import.reason.no_data"
  | "import.reason.outside_meter_period";

export type Refusal =
  | { code: "import.bad_row"; line: number; field: string; reason: RowReason; value?: string }
  | { code: "import.ean_mismatch"; line: number; field: string; fileEan: string; meterEan: string }
  | { code: "import.unknown_register"; line: number; field: string; register: string; registers: string }
  | { code: "import.unknown_format"; line: number };

export class FileRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code);
  }
}

export function badRow(line: number, field: string, reason: RowReason, value?: string): never {
  throw new FileRefused({
    code: "import.bad_row",
    line,
    field,
    reason,
    ...(value === undefined ? {} : { value }),
  });
}
