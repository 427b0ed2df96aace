import { StaffText } from "../components/staff-text.tsx";
import { themeName } from "./group-words.ts";
import type { Theme } from "./groups-api.ts";

/** `themeName` on screen: a free theme is the adviser's own words, marked as such. */
export function ThemeName({ theme, themeText }: { theme: Theme; themeText?: string | null }) {
  const name = themeName(theme, themeText);
  return theme === "free" && themeText ? <StaffText>{name}</StaffText> : name;
}
