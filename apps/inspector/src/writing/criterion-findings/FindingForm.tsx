// Adding a finding to a criterion, or changing one: its kind, its text as the report prints it, and the evidence it
// rests on.
import { useState, type FormEvent, type RefObject } from 'react';
import { useMutation } from 'urql';
import { ErrorSummary, type FormProblem, RadiosField, TextAreaField, FormButtons } from '@scrutiny/ui';
import { AddFindingMutation, UpdateFindingMutation } from '../documents.ts';
import { FINDING_KINDS, findingKindLabel, type FindingKind } from '../labels.ts';
import { problemOf } from '../outcome.ts';
import { EvidenceCheckboxes } from './EvidenceCheckboxes.tsx';
import type { Finding } from './criterion-writing.ts';

export function FindingForm({
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
  headingRef: RefObject<HTMLHeadingElement | null>;
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
      <EvidenceCheckboxes evidenceItems={evidenceItems} cited={cited} setCited={setCited} />
      <FormButtons submit={finding ? 'Save the finding' : 'Add the finding'} onCancel={finding ? onCancel : null} />
    </form>
  );
}
