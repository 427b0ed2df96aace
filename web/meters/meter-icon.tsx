/**
 * One drawing per kind of meter, so a person who reads little still recognises "the gas one". The
 * meter's name is always written next to it: the drawing itself is hidden from screen readers.
 */
const PATHS: Record<string, string> = {
  electricity: "M13 2 4 14h7l-1 8 9-12h-7z",
  gas: "M12 22c3.9 0 7-2.9 7-6.8 0-3.9-2.6-6-4.2-10.2-1.7 1.9-2.8 3.9-2.8 5.9-1.2-.8-2-2-2.3-3.8C7.6 9.3 5 12 5 15.2 5 19.1 8.1 22 12 22z",
  water: "M12 2.7s-6.5 7.4-6.5 11.8a6.5 6.5 0 0 0 13 0C18.5 10.1 12 2.7 12 2.7z",
  heat: "M14 14.8V4.5a2 2 0 0 0-4 0v10.3a4 4 0 1 0 4 0zM12 9v8",
  radiator: "M4 6h16v12H4zM8 6v12M12 6v12M16 6v12M6 18v2.5M18 18v2.5",
  tank: "M5 6.5c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3zm0 0v11c0 1.7 3.1 3 7 3s7-1.3 7-3v-11M5 13c0 1.7 3.1 3 7 3s7-1.3 7-3",
  pellets:
    "M7 9a2.5 2.5 0 1 0 0 .1zM15 7a2.5 2.5 0 1 0 0 .1zM10 16a2.5 2.5 0 1 0 0 .1zM17.5 15a2.5 2.5 0 1 0 0 .1z",
  wood: "M6 7h12a3 5 0 0 1 0 10H6a3 5 0 0 1 0-10zm0 0a3 5 0 0 0 0 10m0-7a1 2 0 0 0 0 4",
  meter: "M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18zM12 12l4-4M7 12h1M12 7v1M16 12h1",
};

export function MeterIcon({ icon, class: className = "meter-icon" }: { icon: string; class?: string }) {
  return (
    <svg class={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[icon] ?? PATHS.meter} />
    </svg>
  );
}
