/**
 * The coaching pages, one download for both routes: they share most of their code, and each chunk
 * more is one more name in the main bundle that the login page's size budget pays for.
 */
export { default as MyGroupPage } from "./my-group-page.tsx";
export { default as TipsPage } from "./tips-page.tsx";
