import { z } from "@hono/zod-openapi";
import { referralPartner } from "../../db/schema/groups.ts";
import { Day, RetryClientId } from "./groups.schemas.ts";

const Text = (max: number) => z.string().trim().min(1).max(max);

const visitFields = {
  visitedOn: Day,
  checklist: z
    .array(z.object({ item: Text(120), checked: z.boolean(), note: Text(500).optional() }))
    .max(40)
    .openapi({ description: "What was looked at: boiler setting, radiators, humidity, meters, bills…" }),
  findings: Text(4000).nullable(),
  followUpOn: Day.nullable(),
};

export const VisitInput = z.object({
  ...visitFields,
  checklist: visitFields.checklist.default([]),
  findings: visitFields.findings.default(null),
  followUpOn: visitFields.followUpOn.default(null),
  clientId: RetryClientId,
});
export const UpdateVisitInput = z.object(visitFields).partial();

export const VisitSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    visitedOn: z.string(),
    checklist: z.array(z.object({ item: z.string(), checked: z.boolean(), note: z.string().optional() })),
    findings: z.string().nullable(),
    followUpOn: z.string().nullable(),
    visitedBy: z.string().nullable(),
  })
  .openapi("HomeVisit");

const referralFields = {
  partner: z.enum(referralPartner.enumValues),
  partnerName: Text(200).nullable().openapi({ description: "The service's own name when it helps" }),
  reason: Text(2000),
  referredOn: Day,
  outcome: Text(2000).nullable(),
  outcomeOn: Day.nullable(),
};

export const ReferralInput = z.object({
  ...referralFields,
  partnerName: referralFields.partnerName.default(null),
  outcome: referralFields.outcome.default(null),
  outcomeOn: referralFields.outcomeOn.default(null),
  clientId: RetryClientId,
});
export const UpdateReferralInput = z.object(referralFields).partial();

export const ReferralSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    partner: z.enum(referralPartner.enumValues),
    partnerName: z.string().nullable(),
    reason: z.string(),
    referredOn: z.string(),
    outcome: z.string().nullable(),
    outcomeOn: z.string().nullable(),
    recordedBy: z.string().nullable(),
  })
  .openapi("Referral");

export const ItemParams = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  itemId: z.uuid().openapi({ param: { name: "itemId", in: "path" } }),
});
