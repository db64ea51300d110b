// Validation of one case file. First the inspector marks every question blind (the API gives this page nothing
// of the assessor's answers); then, once they compare, the two markings side by side, and a form to resolve each
// disagreement, whose resolved value becomes the answer.
import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import type { AnswerOption } from '../components/QuestionField.tsx';
import { CaseFileFrameworkQuery } from '../documents.ts';
import { Facts } from '../pages/case-file/Facts.tsx';
import { Link } from '../routing/router.tsx';
import { BlindMarking } from './BlindMarking.tsx';
import { Comparison } from './Comparison.tsx';
import { CaseFileValidationQuery } from './documents.ts';
import type { Viewer } from './marking.ts';

export function CaseFileValidationPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const [result, refetch] = useQuery({
    query: CaseFileValidationQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [frameworkResult] = useQuery({ query: CaseFileFrameworkQuery, variables: { id } });
  const file = result.data?.caseFile ?? null;

  useEffect(() => {
    document.title = `${file ? `Validation of case file ${file.reference}` : 'Validation'} – Scrutiny`;
  }, [file]);

  const fileNode = frameworkResult.data?.node;
  const inspection = fileNode && 'inspection' in fileNode ? fileNode.inspection : undefined;
  const answerSets = useMemo(() => {
    const sets = new Map<string, AnswerOption[]>();
    for (const set of inspection?.framework.answerSets ?? []) sets.set(set.key, [...set.options]);
    return sets;
  }, [inspection]);
  const criterionTitles = useMemo(
    () => new Map((inspection?.framework.criteria ?? []).map((c) => [c.code, c.title])),
    [inspection],
  );

  if (!file) {
    if (result.fetching || !result.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Case file not found</h1>
        <p className="govuk-body">It does not exist, or you are not on its inspection’s team.</p>
      </>
    );
  }

  const marking = file.secondMarking;
  const back = inspection ? (
    <p className="govuk-body">
      <Link to={`/inspections/${encodeURIComponent(inspection.id)}/validation`}>Back to validation</Link>
    </p>
  ) : null;
  const heading = (
    <>
      <span className="govuk-caption-l">{inspection?.title ?? 'Validation'}</span>
      <h1 className="govuk-heading-l">Validation of case file {file.reference}</h1>
      {back}
    </>
  );
  if (!marking)
    return (
      <>
        {heading}
        <p className="govuk-body">
          Only HM inspectors of the inspection’s team and chief inspectors validate case files.
        </p>
      </>
    );
  if (marking.state === 'NOT_READY')
    return (
      <>
        {heading}
        <p className="govuk-body">The assessor has not submitted this case file yet. Second-mark it once they have.</p>
      </>
    );

  // The questions show with their own options or not at all: without them an answer would read as no answer.
  if (!inspection)
    return (
      <>
        {heading}
        <p className="govuk-body" role="status">
          {frameworkResult.error
            ? 'The questions cannot be loaded just now. Reload the page to try again.'
            : 'Loading the questions…'}
        </p>
      </>
    );

  const labelOf = (answerSet: string, value: string | null) => {
    if (value === null) return 'No answer';
    if (value === NOT_APPLICABLE_VALUE) return 'Not applicable';
    return answerSets.get(answerSet)?.find((o) => o.value === value)?.label ?? value;
  };
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const markedByOther = marking.markedBy !== null && marking.markedBy !== viewer.name && !marking.compared;

  return (
    <>
      {heading}
      <Facts file={file} />
      {marking.compared ? (
        <Comparison
          caseFileId={file.id}
          assessorName={file.assessor?.name ?? 'The assessor'}
          questions={marking.questions}
          disagreements={marking.disagreementCount}
          unresolved={marking.unresolvedCount}
          labelOf={labelOf}
          answerSets={answerSets}
          onChanged={reload}
        />
      ) : (
        <BlindMarking
          caseFileId={file.id}
          questions={marking.questions}
          readOnly={markedByOther}
          markedBy={marking.markedBy}
          answerSets={answerSets}
          criterionTitles={criterionTitles}
          onCompared={reload}
        />
      )}
    </>
  );
}
