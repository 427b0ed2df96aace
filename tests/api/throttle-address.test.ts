import { afterAll, beforeAll, expect, it } from "vitest";
import { makeOrganisation, makeUser, TEST_PASSWORD } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp({ trustProxy: true });
});
afterAll(() => t.close());

const from = (address: string) => ({ "x-forwarded-for": `203.0.113.9, ${address}` });

it("throttles one address after 50 failures across accounts, and no other address", async () => {
  const org = await makeOrganisation(t.db);
  const user = await makeUser(t.db, { organisationId: org.id, role: "adviser" });
  for (let i = 0; i < 50; i++) {
    const res = await t.call("POST", "/api/auth/login", {
      body: { email: `guess${i}@test.example`, password: "wrong-guess" },
      headers: from("198.51.100.7"),
    });
    expect(res.status).toBe(401);
  }
  const sameWifi = await t.call("POST", "/api/auth/login", {
    body: { email: user.email, password: TEST_PASSWORD },
    headers: from("198.51.100.7"),
  });
  expect(sameWifi.status).toBe(429);

  const elsewhere = await t.call("POST", "/api/auth/login", {
    body: { email: user.email, password: TEST_PASSWORD },
    headers: from("198.51.100.8"),
  });
  expect(elsewhere.status).toBe(200);
});
