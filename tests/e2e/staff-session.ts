import type { Locator, Page } from "playwright-core";

/**
 * Signs a demo staff member in from a fresh session, so no earlier sign-in leaks into the test.
 * `lands`: the first page's title, or what else shows the sign-in went through.
 */
export async function signInStaff(
  page: Page,
  baseUrl: string,
  email: string,
  { lands = "Les ménages" }: { lands?: string | ((page: Page) => Locator) } = {},
): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login?as=staff`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  const landing =
    typeof lands === "string" ? page.getByRole("heading", { level: 1, name: lands }) : lands(page);
  await landing.waitFor();
}

/** The demo CPAS's first adviser, on the households list. */
export async function signInAdviser(page: Page, baseUrl: string): Promise<void> {
  await signInStaff(page, baseUrl, "conseil1@cpas.demo.example");
}

/** The demo CPAS's coordinator, on the households list. */
export async function signInCoordinator(page: Page, baseUrl: string): Promise<void> {
  await signInStaff(page, baseUrl, "coordination@cpas.demo.example");
}

/** Logis Démo's housing manager: the menu's Bâtiments link shows the sign-in went through. */
export async function signInHousingManager(page: Page, baseUrl: string): Promise<void> {
  await signInStaff(page, baseUrl, "gestion@logis.demo.example", {
    lands: (signedIn) =>
      signedIn.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Bâtiments" }),
  });
}
