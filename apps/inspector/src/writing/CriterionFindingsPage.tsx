// One criterion's findings (strengths, areas for improvement, observations) and good practice examples, in the
// order the report prints them: add, change, remove. Its parts, the lists and their forms, are in criterion-findings/.
import { useRef, useState, type RefObject } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import { CriterionFindingsQuery, RemoveFindingMutation, RemoveGoodPracticeMutation } from './documents.ts';
import { Done, ErrorSummary } from '@scrutiny/ui';
import { problemOf } from './outcome.ts';
import { Loading, WritingFrame, writingPaths } from './WritingFrame.tsx';
import type { Finding, GoodPractice } from './criterion-findings/criterion-writing.ts';
import { FindingList } from './criterion-findings/FindingList.tsx';
import { FindingForm } from './criterion-findings/FindingForm.tsx';
import { GoodPracticeList } from './criterion-findings/GoodPracticeList.tsx';
import { GoodPracticeForm } from './criterion-findings/GoodPracticeForm.tsx';

export function CriterionFindingsPage({ id, code }: { id: string; code: string }) {
  const [result, refetch] = useQuery({
    query: CriterionFindingsQuery,
    variables: { id, code },
    requestPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editingFinding, setEditingFinding] = useState<Finding | null>(null);
  const [editingPractice, setEditingPractice] = useState<GoodPractice | null>(null);
  const [, removeFinding] = useMutation(RemoveFindingMutation);
  const [, removePractice] = useMutation(RemoveGoodPracticeMutation);
  const findingHeading = useRef<HTMLHeadingElement>(null);
  const practiceHeading = useRef<HTMLHeadingElement>(null);
  const inspection = result.data?.inspection ?? null;
  if (!inspection) return <Loading found={false} fetching={result.fetching || !result.data} />;
  const criterion = inspection.framework.criteria.find((c) => c.code === code);
  if (!criterion)
    return (
      <>
        <h1 className="govuk-heading-l">Criterion not found</h1>
        <p className="govuk-body">
          {code} is not a criterion of this inspection’s framework.{' '}
          <Link to={writingPaths(inspection.id).findings}>See its criteria</Link>.
        </p>
      </>
    );

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const finished = (message: string) => {
    setProblem(null);
    setDone(message);
    reload();
  };
  const focusLater = (ref: RefObject<HTMLHeadingElement | null>) => requestAnimationFrame(() => ref.current?.focus());

  const dropFinding = async (finding: Finding, n: number) => {
    setDone(null);
    const answer = await removeFinding({ input: { findingId: finding.id } });
    const message = problemOf(answer, answer.data?.removeFinding);
    setProblem(message);
    if (!message) {
      if (editingFinding?.id === finding.id) setEditingFinding(null);
      finished(`Finding ${n} was removed.`);
    }
  };
  const dropPractice = async (practice: GoodPractice, n: number) => {
    setDone(null);
    const answer = await removePractice({ input: { goodPracticeId: practice.id } });
    const message = problemOf(answer, answer.data?.removeGoodPractice);
    setProblem(message);
    if (!message) {
      if (editingPractice?.id === practice.id) setEditingPractice(null);
      finished(`Good practice example ${n} was removed.`);
    }
  };

  return (
    <WritingFrame inspection={inspection} heading={`${criterion.code} ${criterion.title}`} current={null}>
      <p className="govuk-body">
        <Link to={writingPaths(inspection.id).findings}>All criteria, recommendations and judgements</Link>
      </p>
      <div className="govuk-inset-text">
        <span className="govuk-visually-hidden">Description of the criterion: </span>
        <i>{criterion.description}</i>
      </div>
      <Done message={done} />
      {problem ? <ErrorSummary problems={[{ message: problem }]} /> : null}

      <h2 className="govuk-heading-m">Findings</h2>
      <FindingList
        criterionCode={criterion.code}
        findings={inspection.findings}
        published={inspection.published}
        onChange={(finding) => {
          setDone(null);
          setEditingFinding(finding);
          focusLater(findingHeading);
        }}
        onRemove={(finding, n) => void dropFinding(finding, n)}
      />
      {inspection.published ? null : (
        <FindingForm
          key={`finding-${editingFinding?.id ?? 'new'}`}
          inspectionId={inspection.id}
          criterionCode={criterion.code}
          finding={editingFinding}
          evidenceItems={inspection.evidenceItems}
          number={editingFinding ? inspection.findings.findIndex((f) => f.id === editingFinding.id) + 1 : null}
          headingRef={findingHeading}
          onDone={(message) => {
            setEditingFinding(null);
            finished(message);
          }}
          onCancel={() => {
            setEditingFinding(null);
            focusLater(findingHeading);
          }}
        />
      )}

      <h2 className="govuk-heading-m govuk-!-margin-top-8">Good practice examples</h2>
      <GoodPracticeList
        practices={inspection.goodPractices}
        published={inspection.published}
        onChange={(practice) => {
          setDone(null);
          setEditingPractice(practice);
          focusLater(practiceHeading);
        }}
        onRemove={(practice, n) => void dropPractice(practice, n)}
      />
      {inspection.published ? null : (
        <GoodPracticeForm
          key={`practice-${editingPractice?.id ?? 'new'}`}
          inspectionId={inspection.id}
          criterionCode={criterion.code}
          practice={editingPractice}
          headingRef={practiceHeading}
          onDone={(message) => {
            setEditingPractice(null);
            finished(message);
          }}
          onCancel={() => {
            setEditingPractice(null);
            focusLater(practiceHeading);
          }}
        />
      )}
    </WritingFrame>
  );
}
