import { batch, signal } from "@preact/signals";
import type { InferRequestType, InferResponseType } from "hono/client";
import { type ApiError, asApiError, request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

export type Invitation = InferResponseType<typeof client.api.invitations.$post, 201>;
export type PendingInvitation = InferResponseType<typeof client.api.invitations.$get, 200>[number];
export type Member = InferResponseType<typeof client.api.members.$get, 200>[number];
export type Organisation = InferResponseType<typeof client.api.organisations.$get, 200>[number];
export type InvitationInput = InferRequestType<typeof client.api.invitations.$post>["json"];
export type OrganisationInput = InferRequestType<typeof client.api.organisations.$post>["json"];

/** The coordinator's team: who is in, and who was invited and has not joined yet. */
export function createTeamState() {
  const members = signal<Member[] | null>(null);
  const invitations = signal<PendingInvitation[] | null>(null);
  const loadProblem = signal<ApiError | null>(null);

  async function load(): Promise<void> {
    loadProblem.value = null;
    try {
      const [m, i] = await Promise.all([
        request(client.api.members.$get()),
        request(client.api.invitations.$get()),
      ]);
      batch(() => {
        members.value = m;
        invitations.value = i;
      });
    } catch (error) {
      loadProblem.value = asApiError(error);
    }
  }

  async function invite(input: InvitationInput): Promise<Invitation> {
    const created = await request(client.api.invitations.$post({ json: input }));
    await load();
    return created;
  }

  return { members, invitations, loadProblem, load, invite };
}

/** The platform administrator's view: every organisation, and their first coordinators' invitations. */
export function createPlatformState() {
  const organisations = signal<Organisation[] | null>(null);
  const loadProblem = signal<ApiError | null>(null);

  async function load(): Promise<void> {
    loadProblem.value = null;
    try {
      organisations.value = await request(client.api.organisations.$get());
    } catch (error) {
      loadProblem.value = asApiError(error);
    }
  }

  async function create(input: OrganisationInput): Promise<Organisation> {
    const created = await request(client.api.organisations.$post({ json: input }));
    await load();
    return created;
  }

  function invite({
    organisationId,
    input,
  }: {
    organisationId: string;
    input: InvitationInput;
  }): Promise<Invitation> {
    return request(
      client.api.organisations[":id"].invitations.$post({ param: { id: organisationId }, json: input }),
    );
  }

  return { organisations, loadProblem, load, create, invite };
}
