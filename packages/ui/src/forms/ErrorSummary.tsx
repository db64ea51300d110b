// GOV.UK's error summary and field messages: the summary takes the focus when it appears, so a keyboard or screen
// reader user hears what went wrong, and each problem about a field links to it and moves the focus there.
import { useEffect, useRef, type ReactNode } from 'react';

export interface FormProblem {
  message: string;
  /** The id of the control the problem is about, linked from the summary; none for a problem with the whole form. */
  field?: string;
}

export interface ErrorSummaryProps {
  problems: readonly FormProblem[];
  /** What went wrong as a whole; "There is a problem" unless a form says better. */
  title?: string;
  /** The summary's heading level, one below the heading of the part of the page it sits in. */
  headingLevel?: 2 | 3 | 4;
  /** What went wrong in words, above the list (a summary with only this and no problem still shows). */
  description?: string | null;
}

export function ErrorSummary({
  problems,
  title = 'There is a problem',
  headingLevel = 2,
  description = null,
}: ErrorSummaryProps) {
  const Heading = `h${headingLevel}` as const;
  const summary = useRef<HTMLDivElement>(null);
  const text = [description ?? '', ...problems.map((p) => `${p.field ?? ''}:${p.message}`)].join('\n');
  useEffect(() => {
    if (text) summary.current?.focus();
  }, [text]);
  if (problems.length === 0 && !description) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <Heading className="govuk-error-summary__title">{title}</Heading>
        <div className="govuk-error-summary__body">
          {description ? <p className="govuk-body">{description}</p> : null}
          {problems.length > 0 ? <ProblemList problems={problems} /> : null}
        </div>
      </div>
    </div>
  );
}

function ProblemList({ problems }: { problems: readonly FormProblem[] }): ReactNode {
  return (
    <ul className="govuk-list govuk-error-summary__list">
      {problems.map((p) => (
        <li key={`${p.field ?? ''}-${p.message}`}>
          {p.field ? <FieldLink field={p.field} message={p.message} /> : p.message}
        </li>
      ))}
    </ul>
  );
}

function FieldLink({ field, message }: { field: string; message: string }) {
  return (
    <a
      href={`#${field}`}
      onClick={(event) => {
        // Move focus to the field itself, as GOV.UK Frontend's script does, not only scroll to it.
        event.preventDefault();
        document.getElementById(field)?.focus();
      }}
    >
      {message}
    </a>
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

/** The message of the problem about one field, or null: what a FormGroup shows. */
export function errorMessage(problems: readonly FormProblem[], field: string): string | null {
  return problems.find((p) => p.field === field)?.message ?? null;
}
