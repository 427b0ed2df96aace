import type { ApiError } from "../lib/api.ts";
import { t } from "../lib/i18n/index.ts";

/**
 * A refused file, said plainly: the line at fault (in the title), why, and in which column. The live
 * region stays in the page even when empty, so the refusal is announced.
 */
export function WeatherProblem({ problem }: { problem: ApiError | null }) {
  const reasons = problem
    ? Object.entries(problem.fieldErrors)
        .filter(([, message]) => message !== problem.title)
        .map(([field, message]) =>
          field === "file" ? message : t("weather.column", { column: field, message }),
        )
    : [];
  return (
    <div role="alert" class={problem ? "alert" : "alert-empty"}>
      {problem && (
        <>
          <p class="alert-title">{problem.title}</p>
          {reasons.map((reason) => (
            <p key={reason}>{reason}</p>
          ))}
          {problem.detail && <p>{problem.detail}</p>}
        </>
      )}
    </div>
  );
}
