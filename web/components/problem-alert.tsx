import type { ApiError } from "../lib/api.ts";

/**
 * The problem of the last action, announced by screen readers. The live region stays in the page
 * even when empty: text added to a region that already exists is announced more reliably.
 */
export function ProblemAlert({
  problem,
  shownFields = [],
}: {
  problem: ApiError | null;
  /** Fields whose message the form shows next to the field; the others are listed here. */
  shownFields?: readonly string[];
}) {
  const otherErrors = problem
    ? Object.entries(problem.fieldErrors).filter(([field]) => !shownFields.includes(field))
    : [];
  return (
    <div role="alert" class={problem ? "alert" : "alert-empty"}>
      {problem && (
        <>
          <p class="alert-title">{problem.title}</p>
          {problem.detail && <p>{problem.detail}</p>}
          {otherErrors.length > 0 && (
            <ul>
              {otherErrors.map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
