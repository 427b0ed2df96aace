import type { ClientResponse } from "hono/client";
import { ApiError, problemOf } from "./api.ts";
import { t } from "./i18n/index.ts";

/** The file name the server gave in Content-Disposition, else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition ?? "")?.[1] ?? fallback;
}

/**
 * Saves what a GET answers as a file on the person's device. The answer is fetched first rather
 * than followed as a link, so a refusal (no consent, household gone) is said on the page in words,
 * not shown as a page of JSON.
 */
export async function downloadFile(
  call: Promise<ClientResponse<unknown, number, string>>,
  fallbackName: string,
): Promise<void> {
  let response: ClientResponse<unknown, number, string>;
  try {
    response = await call;
  } catch {
    throw new ApiError({
      status: 0,
      code: "network",
      title: t("error.network.title"),
      detail: t("error.network.detail"),
    });
  }
  if (!response.ok) throw await problemOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameOf(response.headers.get("content-disposition"), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
