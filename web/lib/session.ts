import { computed, signal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { ApiError, asApiError, request } from "./api.ts";
import { client, onSessionLost } from "./api-client.ts";
import { applyLanguage, type Language, language, rememberLanguage } from "./i18n/index.ts";

export type Me = InferResponseType<typeof client.api.me.$get, 200>;
export type Membership = Me["memberships"][number];
export type Role = Membership["role"];

const ME_KEY = "ecow.me";

const PICKED_KEY = "ecow.languagePicked";
/** How long a language picked before signing in is the wish of whoever signs in (a shared phone). */
const PICK_LASTS_MS = 15 * 60_000;

/** When the language was picked on the sign-in page of this tab (kept across a reload), if it was. */
function pickedInThisTab(): number | null {
  try {
    const at = Number(sessionStorage.getItem(PICKED_KEY));
    return at > 0 ? at : null;
  } catch {
    return null;
  }
}

function keepPicked(at: number | null): void {
  try {
    if (at === null) sessionStorage.removeItem(PICKED_KEY);
    else sessionStorage.setItem(PICKED_KEY, String(at));
  } catch {
    // Storage refused: the choice still holds until the page reloads.
  }
}

/** A housing company (SLSP in Wallonia, SISP in Brussels): it has buildings, tenants and no CPAS adviser. */
export function isHousingCompany(kind: string | undefined): boolean {
  return kind === "slsp" || kind === "sisp";
}

/**
 * Who is signed in, kept so the app still opens without a connection: for the browser tab only,
 * unless the person asked to stay signed in on this phone (then it outlives the tab, like the cookie).
 */
function recallMe(): Me | null {
  try {
    return JSON.parse(localStorage.getItem(ME_KEY) ?? sessionStorage.getItem(ME_KEY) ?? "null") as Me | null;
  } catch {
    return null;
  }
}

function keepMe(me: Me | null, { onThisPhone }: { onThisPhone: boolean }): void {
  try {
    localStorage.removeItem(ME_KEY);
    sessionStorage.removeItem(ME_KEY);
    if (me) (onThisPhone ? localStorage : sessionStorage).setItem(ME_KEY, JSON.stringify(me));
  } catch {
    // Private browsing or storage full: the app then needs a connection to open.
  }
}

function keptOnThisPhone(): boolean {
  try {
    return localStorage.getItem(ME_KEY) !== null;
  } catch {
    return false;
  }
}

/** Who is signed in, in which organisation and role, and the language they read. */
export function createSession() {
  /** `undefined` until the first answer of GET /api/me; `null` when nobody is signed in. */
  const me = signal<Me | null | undefined>(undefined);
  /** Set when the server could not be asked who is signed in (offline, server down). */
  const loadProblem = signal<ApiError | null>(null);
  const role = computed<Role | null>(() => me.value?.activeOrganisation?.role ?? null);
  /** The organisation acted in is a housing company. */
  const housingCompany = computed(() => isHousingCompany(me.value?.activeOrganisation?.organisationKind));
  /** The language the organisation's staff write in (French for a copy kept before it was told). */
  const staffLanguage = computed<Language>(() => me.value?.activeOrganisation?.staffLanguage ?? "fr");
  // A language picked on the sign-in page is the wish of the person holding the phone now: it then
  // wins over the one stored on their account, even if the page reloads before they sign in, but
  // not for someone signing in long after on a shared phone.
  let languagePickedAt = pickedInThisTab();
  let onThisPhone = keptOnThisPhone();

  /** Who is signed in now, and the copy that opens the app without a connection, always together. */
  function setMe(next: Me | null): void {
    me.value = next;
    keepMe(next, { onThisPhone });
  }

  async function adopt(next: Me): Promise<void> {
    const picked = languagePickedAt !== null && Date.now() - languagePickedAt < PICK_LASTS_MS;
    if (picked && next.user.language !== language.value) {
      next = await request(client.api.me.$patch({ json: { language: language.value } }));
    } else if (next.user.language !== language.value) {
      await applyLanguage(next.user.language);
      rememberLanguage(next.user.language);
    }
    languagePickedAt = null;
    keepPicked(null);
    setMe(next);
  }

  /** After signing in; `staySignedIn` is the person's "keep me signed in on this phone". */
  function signedIn(next: Me, { staySignedIn = false }: { staySignedIn?: boolean } = {}): Promise<void> {
    onThisPhone = staySignedIn;
    return adopt(next);
  }

  async function load(): Promise<void> {
    loadProblem.value = null;
    try {
      await adopt(await request(client.api.me.$get()));
    } catch (error) {
      const problem = asApiError(error);
      const recalled = problem.status === 0 ? recallMe() : null;
      if (problem.status === 401) {
        setMe(null);
      } else if (recalled) me.value = recalled;
      else loadProblem.value = problem;
    }
  }

  async function chooseLanguage(lang: Language): Promise<void> {
    await applyLanguage(lang);
    rememberLanguage(lang);
    if (me.value) {
      setMe(await request(client.api.me.$patch({ json: { language: lang } })));
    } else {
      languagePickedAt = Date.now();
      keepPicked(languagePickedAt);
    }
  }

  async function signOut(): Promise<void> {
    try {
      await request(client.api.auth.logout.$post());
    } catch (error) {
      // Already signed out on the server (expired, PIN reset): nothing left to end.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    const userId = me.value?.user.id;
    setMe(null);
    // This account's data leaves the phone with it; its unsent readings stay, for its next sign-in.
    if (userId) void import("./offline-copy.ts").then((copies) => copies.forgetCopies(userId));
  }

  async function switchOrganisation(organisationId: string): Promise<void> {
    setMe(await request(client.api.me["active-organisation"].$post({ json: { organisationId } })));
  }

  onSessionLost(() => {
    if (me.value) me.value = null;
    keepMe(null, { onThisPhone });
  });

  return {
    me,
    role,
    housingCompany,
    staffLanguage,
    loadProblem,
    load,
    signedIn,
    chooseLanguage,
    signOut,
    switchOrganisation,
  };
}

export type Session = ReturnType<typeof createSession>;
export const session = createSession();
