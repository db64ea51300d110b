// One criterion's findings (strengths, areas for improvement, observations) and good practice examples, in the
// order the report prints them: add, change, remove.
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import {
  AddFindingMutation,
  AddGoodPracticeMutation,
  CriterionFindingsQuery,
  RemoveFindingMutation,
  RemoveGoodPracticeMutation,
  UpdateFindingMutation,
  UpdateGoodPracticeMutation,
} from './documents.ts';
import { Done, ErrorSummary, type FormProblem, RadiosField, TextAreaField, TextField } from '@scrutiny/ui';
import { FINDING_KINDS, findingKindLabel, type FindingKind } from './labels.ts';
import { problemOf } from './outcome.ts';
import { Loading, WritingFrame, writingPaths } from './WritingFrame.tsx';

interface Finding {
  id: string;
  kind: string;
  text: string;
  evidence: readonly { id: string; title: string }[];
}
interface GoodPractice {
  id: string;
  title: string | null;
  text: string;
}

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
  const focusLater = (ref: React.RefObject<HTMLHeadingElement | null>) =>
    requestAnimationFrame(() => ref.current?.focus());

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
      {inspection.findings.length ? (
        <ol className="govuk-list govuk-list--number" aria-label={`Findings of ${criterion.code}`}>
          {inspection.findings.map((finding, i) => (
            <li key={finding.id} className="govuk-!-margin-bottom-4">
              <strong className="govuk-tag govuk-tag--grey">{findingKindLabel(finding.kind)}</strong>
              <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-1 app-pre-line">{finding.text}</p>
              {finding.evidence.length ? (
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  Evidence: {finding.evidence.map((e) => e.title).join('; ')}
                </p>
              ) : null}
              {inspection.published ? null : (
                <div className="app-actions">
                  <button
                    type="button"
                    className="app-link-button"
                    onClick={() => {
                      setDone(null);
                      setEditingFinding(finding);
                      focusLater(findingHeading);
                    }}
                  >
                    Change<span className="govuk-visually-hidden"> finding {i + 1}</span>
                  </button>
                  <button type="button" className="app-link-button" onClick={() => void dropFinding(finding, i + 1)}>
                    Remove<span className="govuk-visually-hidden"> finding {i + 1}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="govuk-body">No findings yet.</p>
      )}
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
      {inspection.goodPractices.length ? (
        inspection.goodPractices.map((practice, i) => (
          <div className="govuk-inset-text" key={practice.id}>
            <h3 className="govuk-heading-s">
              Good practice example {i + 1}
              {practice.title ? `: ${practice.title}` : ''}
            </h3>
            <p className="govuk-body app-pre-line">
              <i>{practice.text}</i>
            </p>
            {inspection.published ? null : (
              <div className="app-actions">
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => {
                    setDone(null);
                    setEditingPractice(practice);
                    focusLater(practiceHeading);
                  }}
                >
                  Change<span className="govuk-visually-hidden"> good practice example {i + 1}</span>
                </button>
                <button type="button" className="app-link-button" onClick={() => void dropPractice(practice, i + 1)}>
                  Remove<span className="govuk-visually-hidden"> good practice example {i + 1}</span>
                </button>
              </div>
            )}
          </div>
        ))
      ) : (
        <p className="govuk-body">No good practice examples yet.</p>
      )}
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

function FindingForm({
  inspectionId,
  criterionCode,
  finding,
  evidenceItems,
  number,
  headingRef,
  onDone,
  onCancel,
}: {
  inspectionId: string;
  criterionCode: string;
  finding: Finding | null;
  evidenceItems: readonly { id: string; title: string }[];
  number: number | null;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [, add] = useMutation(AddFindingMutation);
  const [, update] = useMutation(UpdateFindingMutation);
  const [kind, setKind] = useState<string>(finding?.kind ?? '');
  const [text, setText] = useState(finding?.text ?? '');
  const [cited, setCited] = useState<readonly string[]>(finding?.evidence.map((e) => e.id) ?? []);
  const [problems, setProblems] = useState<FormProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!kind) found.push({ field: 'finding-kind', message: 'Choose what kind of finding it is' });
    if (!text.trim()) found.push({ field: 'finding-text', message: 'Enter the finding' });
    setProblems(found);
    if (found.length) return;
    const fields = { kind: kind as FindingKind, text: text.trim(), evidenceIds: [...cited] };
    let message: string | null;
    if (finding) {
      const answer = await update({ input: { findingId: finding.id, ...fields } });
      message = problemOf(answer, answer.data?.updateFinding);
    } else {
      const answer = await add({ input: { inspectionId, criterionCode, ...fields } });
      message = problemOf(answer, answer.data?.addFinding);
    }
    if (message) return setProblems([{ message }]);
    onDone(
      finding
        ? `Finding ${number ?? ''} was changed.`
        : `The ${findingKindLabel(kind).toLowerCase()} was added to ${criterionCode}.`,
    );
  };

  const field = (name: string) => problems.find((p) => p.field === name)?.message;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="finding-form-heading">
      <h3 className="govuk-heading-s" id="finding-form-heading" tabIndex={-1} ref={headingRef}>
        {finding ? `Change finding ${number ?? ''}` : `Add a finding to ${criterionCode}`}
      </h3>
      <ErrorSummary problems={problems} />
      <RadiosField
        id="finding-kind"
        legend="Kind of finding"
        options={FINDING_KINDS}
        value={kind}
        onChange={setKind}
        error={field('finding-kind')}
        small
      />
      <TextAreaField
        id="finding-text"
        label="The finding"
        hint="As the report will print it."
        value={text}
        onChange={setText}
        error={field('finding-text')}
      />
      {evidenceItems.length ? (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset" aria-describedby="finding-evidence-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              Evidence it rests on (optional)
            </legend>
            <div className="govuk-hint" id="finding-evidence-hint">
              Documents and notes recorded under meetings and evidence.
            </div>
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              {evidenceItems.map((item) => (
                <div className="govuk-checkboxes__item" key={item.id}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`finding-evidence-${item.id}`}
                    type="checkbox"
                    checked={cited.includes(item.id)}
                    onChange={(e) =>
                      setCited(e.target.checked ? [...cited, item.id] : cited.filter((other) => other !== item.id))
                    }
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`finding-evidence-${item.id}`}>
                    {item.title}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ) : (
        <p className="govuk-body-s">No evidence is recorded yet for a finding to cite.</p>
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          {finding ? 'Save the finding' : 'Add the finding'}
        </button>
        {finding ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function GoodPracticeForm({
  inspectionId,
  criterionCode,
  practice,
  headingRef,
  onDone,
  onCancel,
}: {
  inspectionId: string;
  criterionCode: string;
  practice: GoodPractice | null;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [, add] = useMutation(AddGoodPracticeMutation);
  const [, update] = useMutation(UpdateGoodPracticeMutation);
  const [title, setTitle] = useState(practice?.title ?? '');
  const [text, setText] = useState(practice?.text ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblems([{ field: 'practice-text', message: 'Enter the good practice example' }]);
      return;
    }
    let message: string | null;
    if (practice) {
      const answer = await update({ input: { goodPracticeId: practice.id, title, text: text.trim() } });
      message = problemOf(answer, answer.data?.updateGoodPractice);
    } else {
      const answer = await add({ input: { inspectionId, criterionCode, title, text: text.trim() } });
      message = problemOf(answer, answer.data?.addGoodPractice);
    }
    if (message) return setProblems([{ message }]);
    onDone(
      practice ? 'The good practice example was changed.' : `A good practice example was added to ${criterionCode}.`,
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="practice-form-heading">
      <h3 className="govuk-heading-s" id="practice-form-heading" tabIndex={-1} ref={headingRef}>
        {practice ? 'Change the good practice example' : `Add a good practice example to ${criterionCode}`}
      </h3>
      <ErrorSummary problems={problems} />
      <TextField id="practice-title" label="Title (optional)" value={title} onChange={setTitle} />
      <TextAreaField
        id="practice-text"
        label="The example"
        hint="Described so that no person can be identified."
        value={text}
        onChange={setText}
        error={problems.find((p) => p.field === 'practice-text')?.message}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          {practice ? 'Save the example' : 'Add the example'}
        </button>
        {practice ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
