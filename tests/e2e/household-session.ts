import type { Page } from "playwright-core";

/** Signs a demo household in from the sign-in page and waits for its home. */
export async function signInHousehold(page: Page, baseUrl: string, code: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login?as=household`);
  await fillHouseholdLogin(page, code);
}

/** The household sign-in form, already on screen (after a session expired, for instance). */
export async function fillHouseholdLogin(page: Page, code: string): Promise<void> {
  await page.getByLabel("Code du ménage").fill(code);
  await page.getByLabel("Code PIN", { exact: true }).fill("1234");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { level: 1, name: /^Bonjour/ }).waitFor();
}

/** The last index shown next to a field ("Dernier relevé : 9 720,4 m³, le 1er …"), as a number. */
export async function previousIndex(page: Page, label: RegExp): Promise<number> {
  const describedBy = (await page.getByLabel(label).getAttribute("aria-describedby")) ?? "";
  const hint = await page.locator(`[id="${describedBy.split(" ")[0]}"]`).innerText();
  const digits = /: ([\d\s\u202f\u00a0]+(?:,\d+)?)/.exec(hint)?.[1] ?? "";
  return Number(digits.replace(/[\s\u202f\u00a0]/g, "").replace(",", "."));
}

export const frenchNumber = (n: number) => String(n).replace(".", ",");
/** Text with the digit-group spaces taken out, to look for a number in it. */
export const compact = (text: string) => text.replace(/[\s\u202f\u00a0]/g, "");
