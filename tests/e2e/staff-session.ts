import type { Page } from "playwright-core";

/** Signs Logis Démo's housing manager in and waits for the menu's Bâtiments link. */
export async function signInHousingManager(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/login?as=staff`);
  await page.getByLabel("Adresse e-mail").fill("gestion@logis.demo.example");
  await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Bâtiments" }).waitFor();
}
