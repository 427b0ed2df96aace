import type { z } from "@hono/zod-openapi";
import type { Ctx } from "../http/context.ts";
import { Validation } from "../http/errors.ts";
import { addMeter, listMetersOfPlace } from "../meters/index.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { companyMeterRefusal } from "./building-meter-rules.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import type { CompanyMeterInput } from "./buildings.schemas.ts";
import { findDwellingOrNotFound } from "./dwellings.actions.ts";

/**
 * A building's and a dwelling's meters. Once created, they are read, written, replaced and imported
 * through the meters module's routes, whose gate lets in the company's staff (building-access.ts).
 */
type Place = { buildingId: string } | { dwellingId: string };

async function findPlace(ctx: Ctx, place: Place) {
  if ("buildingId" in place) await findBuildingOrNotFound(ctx, place.buildingId);
  else await findDwellingOrNotFound(ctx, place.dwellingId);
}

export async function listPlaceMeters({ ctx, place }: { ctx: Ctx; place: Place }) {
  assertBuildingAccess(ctx, "read");
  await findPlace(ctx, place);
  return listMetersOfPlace({ ctx, place });
}

export async function createPlaceMeter({
  ctx,
  place,
  input,
}: {
  ctx: Ctx;
  place: Place;
  input: z.infer<typeof CompanyMeterInput>;
}) {
  assertBuildingAccess(ctx, "write");
  await findPlace(ctx, place);
  const refusal = companyMeterRefusal({
    place: "buildingId" in place ? "building" : "dwelling",
    kind: input.kind,
    ratingFactor: input.ratingFactor,
  });
  if (refusal) {
    const { code, field, ...params } = refusal;
    throw new Validation(code, [{ field, code, message: code }], params);
  }
  return addMeter({ ctx, owner: place, input });
}
