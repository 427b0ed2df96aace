/** What other modules may use of the tips module. */
export { findTip, insertTip, type Tip, visibleTipIds } from "./tips.repo.ts";
