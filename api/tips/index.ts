/** What other modules may use of the tips module. */
export { findTip, insertTip, listTips, type Tip, visibleTipIds } from "./tips.repo.ts";
