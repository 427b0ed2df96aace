import { computed, signal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { ApiError, asApiError, request } from "./api.ts";
import { client, onSessionLost } from "./api-client.ts";
import { applyLanguage, type Language, language, rememberLanguage } from "./i18n/index.ts";

export type Me = InferResponseType<typeof client.api.me.$get, 200>;
export type Membership = Me["memberships"][number];
export type Role = Membership["role"];

/** Who is signed in, in which organisation and role, and the language they read. */
export function createSession() {
  /** `undefined` until the first answer of GET /api/me; `null` when nobody is signed in. */
  const me = signal<Me | null | undefined>(undefined);
  /** Set when the server could not be asked who is signed in (offline, server down). */
  const loadProblem = signal<ApiError | null>(null);
  const role = computed<Role | null>(() => me.value?.activeOrganisation?.role ?? null);
  // A language picked on the sign-in page is the wish of the person holding the phone now: it then
  // wins over the one stored on their account.
  let pickedWhileSignedOut = false;

  async function adopt(next: Me): Promise<void> {
    if (pickedWhileSignedOut && next.user.language !== language.value) {
      next = await request(client.api.me.$patch({ json: { language: language.value } }));
    } else if (next.user.language !== language.value) {
      await applyLanguage(next.user.language);
      rememberLanguage(next.user.language);
    }
    pickedWhileSignedOut = false;
    me.value = next;
  }

  async function load(): Promise<void> {
    loadProblem.value = null;
    try {
      await adopt(await request(client.api.me.$get()));
    } catch (error) {
      const problem = asApiError(error);
      if (problem.status === 401) me.value = null;
      else loadProblem.value = problem;
    }
  }

  async function chooseLanguage(lang: Language): Promise<void> {
    await applyLanguage(lang);
    rememberLanguage(lang);
    if (me.value) me.value = await request(client.api.me.$patch({ json: { language: lang } }));
    else pickedWhileSignedOut = true;
  }

  async function signOut(): Promise<void> {
    try {
      await request(client.api.auth.logout.$post());
    } catch (error) {
      // Already signed out on the server (expired, PIN reset): nothing left to end.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    me.value = null;
  }

  async function switchOrganisation(organisationId: string): Promise<void> {
    me.value = await request(client.api.me["active-organisation"].$post({ json: { organisationId } }));
  }

  onSessionLost(() => {
    if (me.value) me.value = null;
  });

  return { me, role, loadProblem, load, signedIn: adopt, chooseLanguage, signOut, switchOrganisation };
}

export type Session = ReturnType<typeof createSession>;
export const session = createSession();
