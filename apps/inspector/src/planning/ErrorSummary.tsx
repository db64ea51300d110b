// GOV.UK's error summary: focused when it appears, each problem a link to the field it is about.
import { useEffect, useRef } from 'react';

export interface FormProblem {
  field: string;
  message: string;
}

export function ErrorSummary({ problems }: { problems: readonly FormProblem[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((p) => (
              <li key={`${p.field}-${p.message}`}>
                <a
                  href={`#${p.field}`}
                  onClick={(event) => {
                    // Move focus to the field itself, as GOV.UK Frontend's script does, not only scroll to it.
                    event.preventDefault();
                    document.getElementById(p.field)?.focus();
                  }}
                >
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** The message for one field, shown above it, or nothing. */
export function FieldError({ problems, field }: { problems: readonly FormProblem[]; field: string }) {
  const problem = problems.find((p) => p.field === field);
  if (!problem) return null;
  return (
    <p className="govuk-error-message" id={`${field}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {problem.message}
    </p>
  );
}

export function hasError(problems: readonly FormProblem[], field: string): boolean {
  return problems.some((p) => p.field === field);
}
