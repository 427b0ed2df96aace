import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../lib/i18n/index.ts";

let firstPageShown = false;

/** A page: its document title, its one `<h1>`, and focus moved there after a client-side navigation. */
export function Page({
  title,
  heading = title,
  children,
}: {
  title: string;
  /** The `<h1>`, when not the title: it may hold a `<StaffText>`, the document title may not. */
  heading?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title]);
  useEffect(() => {
    // A full page load starts screen readers at the top; after a client-side navigation nothing
    // would tell them the page changed, so they are taken to the new heading.
    if (firstPageShown) headingRef.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <div class="page">
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {children}
    </div>
  );
}
