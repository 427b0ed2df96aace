import type { Page } from "playwright-core";

/** Signs Logis Démo's housing manager in and waits for the menu's Bâtiments link. */
export async function signInHousingManager(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/login?as=staff`);
  await page.getByLabel("Adresse e-mail").fill("gestion@logis.demo.example");
  await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Bâtiments" }).waitFor();
}

/** Signs the demo CPAS's coordinator in and waits for the households list. */
export async function signInCoordinator(page: Page, baseUrl: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login?as=staff`);
  await page.getByLabel("Adresse e-mail").fill("coordination@cpas.demo.example");
  await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Les ménages" }).waitFor();
}
