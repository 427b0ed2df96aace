import type { Page } from "playwright-core";

/** Every demo household's PIN (seeds/demo.ts). */
const DEMO_PIN = "1234";

/** Signs a household in from a fresh session (the demo PIN unless given) and waits for its home. */
export async function signInHousehold(
  page: Page,
  baseUrl: string,
  code: string,
  { pin = DEMO_PIN }: { pin?: string } = {},
): Promise<void> {
  await submitHouseholdLogin(page, baseUrl, code, { pin });
  await householdHome(page).waitFor();
}

/** Sends the household sign-in form and waits for nothing: for a PIN the test expects refused. */
export async function submitHouseholdLogin(
  page: Page,
  baseUrl: string,
  code: string,
  { pin }: { pin: string },
): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login?as=household`);
  await sendHouseholdForm(page, code, pin);
}

/** The household sign-in form, already on screen (after a session expired, for instance). */
export async function fillHouseholdLogin(page: Page, code: string): Promise<void> {
  await sendHouseholdForm(page, code, DEMO_PIN);
  await householdHome(page).waitFor();
}

async function sendHouseholdForm(page: Page, code: string, pin: string): Promise<void> {
  await page.getByLabel("Code du ménage").fill(code);
  await page.getByLabel("Code PIN", { exact: true }).fill(pin);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

const householdHome = (page: Page) => page.getByRole("heading", { level: 1, name: /^Bonjour/ });

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
