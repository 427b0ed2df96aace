import type { z } from "@hono/zod-openapi";
import { meterDataChanged, refreshAfterMeterWrite } from "../buildings/index.ts";
import { brusselsDayOf, isLocalDay, READING_DAYS } from "../consumption/brussels-days.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, Validation } from "../http/errors.ts";
import { implausibleDeliveryPrice } from "./delivery-rules.ts";
import { METER_KINDS, type MeterKind } from "./meter-kinds.ts";
import { findAccessibleMeter } from "./meters.actions.ts";
import * as repo from "./meters.repo.ts";
import type { DeliveryInput, TopUpInput } from "./meters.schemas.ts";

const refuseDay = (field: string) =>
  new Validation("reading.invalid_date", [{ field, code: "invalid_date", message: "reading.invalid_date" }]);

/** A day of a delivery or top-up: a real day, not after today (in Brussels), and not before 1971. */
function checkDay(ctx: Ctx, day: string, field: string) {
  if (!isLocalDay(day) || day < READING_DAYS.first) throw refuseDay(field);
  const today = brusselsDayOf(ctx.now);
  if (day > today)
    throw new Validation("reading.in_future", [{ field, code: "in_future", message: "reading.in_future" }], {
      date: day,
      today,
    });
}

const reused = () =>
  new Conflict("reading.client_id_reused", {}, [
    { field: "clientId", code: "reading.client_id_reused", message: "reading.client_id_reused" },
  ]);

/**
 * A cost that would price the fuel implausibly, unless confirmed: typed as the price per litre, it
 * would make a year of oil cost almost nothing (consumption/delivery-prices.ts). Said as what it
 * would mean, on the cost's field.
 */
function checkPrice({ kind, input }: { kind: MeterKind; input: z.infer<typeof DeliveryInput> }) {
  const implausible = input.confirm ? null : implausibleDeliveryPrice({ kind, ...input });
  if (!implausible) return;
  const messageCode =
    implausible.side === "high"
      ? "delivery.price_implausible_high"
      : implausible.eurPerUnit < 0.01
        ? "delivery.price_implausible_below_a_cent"
        : "delivery.price_implausible";
  const error = new Validation(
    "delivery.price_implausible",
    [{ field: "costEur", code: "price_implausible", message: messageCode }],
    {
      eurPerUnit: Math.round(implausible.eurPerUnit * 1000) / 1000,
      costEur: input.costEur ?? 0,
      per: [METER_KINDS[kind].unit === "litre" ? "delivery.per_litre" : "delivery.per_kg"],
    },
  );
  error.messageCode = messageCode;
  throw error;
}

/**
 * A delivery of heating oil, pellets or wood. Retried with the same clientId, it is stored once. A
 * cost making an implausible price per unit needs `confirm` (checkPrice).
 */
export async function recordDelivery({
  ctx,
  meterId,
  input,
}: {
  ctx: Ctx;
  meterId: string;
  input: z.infer<typeof DeliveryInput>;
}) {
  const meter = await findAccessibleMeter({ ctx, meterId });
  if (METER_KINDS[meter.kind].mode === "cumulative_index")
    throw new Validation("delivery.not_a_fuel", [
      { field: "meterId", code: "not_a_fuel", message: "delivery.not_a_fuel" },
    ]);
  checkDay(ctx, input.deliveredOn, "deliveredOn");
  checkPrice({ kind: meter.kind, input });
  const created = await repo.insertDeliveryOnce(ctx.db, {
    organisationId: ctx.orgId,
    meterId,
    deliveredOn: input.deliveredOn,
    quantity: String(input.quantity),
    costEur: input.costEur === undefined ? null : String(input.costEur),
    clientId: input.clientId,
    authorUserId: ctx.actor.userId,
  });
  const stored = await repo.findDeliveryByClientId(ctx.db, ctx.orgId, input.clientId);
  const same =
    stored?.meterId === meterId &&
    stored.deliveredOn === input.deliveredOn &&
    stored.quantity === input.quantity &&
    stored.costEur === (input.costEur ?? null);
  if (!stored || !same) throw reused();
  if (created && meter.buildingId)
    await refreshAfterMeterWrite(ctx, await meterDataChanged(ctx.db, ctx.orgId, meterId));
  return { created, delivery: stored };
}

/** Money put on a budget meter (compteur à budget). Retried with the same clientId, it is stored once. */
export async function recordTopUp({
  ctx,
  householdId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  input: z.infer<typeof TopUpInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  checkDay(ctx, input.toppedUpOn, "toppedUpOn");
  const created = await repo.insertTopUpOnce(ctx.db, {
    organisationId: ctx.orgId,
    householdId,
    toppedUpOn: input.toppedUpOn,
    amountEur: String(input.amountEur),
    clientId: input.clientId,
    authorUserId: ctx.actor.userId,
  });
  const stored = await repo.findTopUpByClientId(ctx.db, ctx.orgId, input.clientId);
  const same =
    stored?.householdId === householdId &&
    stored.toppedUpOn === input.toppedUpOn &&
    stored.amountEur === input.amountEur;
  if (!stored || !same) throw reused();
  return { created, topUp: stored };
}
