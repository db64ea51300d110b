// The GOV.UK error summary: it takes the focus when it appears, and links each problem to its field.
import { useEffect, useRef } from 'react';

export interface FormProblem {
  message: string;
  /** The id of the field the problem is about. */
  field?: string;
}

export function ErrorSummary({ problems }: { problems: readonly FormProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const text = problems.map((p) => p.message).join('\n');
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (problems.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((p) => (
              <li key={`${p.field ?? ''}${p.message}`}>
                {p.field ? <a href={`#${p.field}`}>{p.message}</a> : p.message}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
