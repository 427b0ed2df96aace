import { render } from "preact";
import { App } from "./app.tsx";
import { applyLanguage, initialLanguage } from "./lib/i18n/index.ts";
import { session } from "./lib/session.ts";
import { startOffline } from "./offline.ts";

// Texts must be in the person's language from the first paint, so the catalogue comes first; asking
// who is signed in waits for it too, or a late catalogue could override the account's language.
applyLanguage(initialLanguage())
  .catch(() => applyLanguage("fr"))
  .then(() => {
    render(<App />, document.getElementById("app") as HTMLElement);
    // The page's own "loading" line (index.html) has done its job: the app says its own from now on.
    document.querySelector(".app-loading")?.remove();
    startOffline();
    return session.load();
  });
