import { useRef } from "preact/hooks";

/**
 * The id of a form's next write: kept while the form retries (a lost answer, a second tap), so the
 * server stores it once; `renew()` after it was saved, for the next one.
 */
export function useClientId() {
  const id = useRef(newClientId());
  return {
    get current() {
      return id.current;
    },
    renew: () => {
      id.current = newClientId();
    },
  };
}

/**
 * A fresh id for one write a phone may retry (a reading, a delivery): the server stores it once.
 * `crypto.randomUUID` exists only on HTTPS and localhost; a plain-HTTP test install still needs ids.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
