// Checking the create-an-inspection form and sending it: the API creates it all in one go or nothing; on success
// the plan page opens.
import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import type { FormProblem } from '@scrutiny/ui';
import { navigate } from '../../routing/router.tsx';
import { CreateInspectionMutation } from '../documents.ts';
import { fieldForProblem, readFormDate, type DateParts } from '../plan-form.ts';
import type { InspectionKind } from './QuarterKindFields.tsx';

export interface InspectionForm {
  areaId: string;
  frameworkId: string;
  title: string;
  yearNumber: number | null;
  quarter: string;
  kind: InspectionKind;
  offenderInterviews: boolean;
  start: DateParts;
  end: DateParts;
  baselineId: string;
  followed: ReadonlySet<string>;
}

export function useSubmitInspection(
  form: InspectionForm,
  setProblems: (problems: readonly FormProblem[]) => void,
  setBusy: (busy: boolean) => void,
) {
  const [, createInspection] = useMutation(CreateInspectionMutation);
  const { areaId, frameworkId, title, yearNumber, quarter, kind, offenderInterviews } = form;
  const { start, end, baselineId, followed } = form;

  return async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!areaId) found.push({ field: 'area', message: 'Choose the area to inspect' });
    if (!frameworkId) found.push({ field: 'framework', message: 'Choose the framework and its version' });
    if (title.trim().length < 3) found.push({ field: 'title', message: 'Enter a title of at least 3 characters' });
    if (yearNumber === null) found.push({ field: 'year', message: 'Enter the year as four digits, like 2007' });
    if (!kind) found.push({ field: 'kind', message: 'Choose whether this is a full inspection or a follow-up' });
    const fieldworkStart = readFormDate(start, 'The start of fieldwork');
    const fieldworkEnd = readFormDate(end, 'The end of fieldwork');
    if (fieldworkStart.kind === 'invalid')
      found.push({ field: 'fieldwork-start-day', message: fieldworkStart.message });
    if (fieldworkEnd.kind === 'invalid') found.push({ field: 'fieldwork-end-day', message: fieldworkEnd.message });
    if (kind === 'FOLLOW_UP' && !baselineId)
      found.push({ field: 'baseline', message: 'Choose the inspection this one follows up' });
    setProblems(found);
    if (found.length > 0 || yearNumber === null || !kind) return;

    setBusy(true);
    const result = await createInspection({
      input: {
        areaId,
        frameworkId,
        kind,
        title: title.trim(),
        year: yearNumber,
        quarter: quarter ? Number(quarter) : null,
        fieldworkStart: fieldworkStart.kind === 'date' ? fieldworkStart.iso : null,
        fieldworkEnd: fieldworkEnd.kind === 'date' ? fieldworkEnd.iso : null,
        baselineId: kind === 'FOLLOW_UP' ? baselineId : null,
        followedUpRecommendationIds: kind === 'FOLLOW_UP' ? [...followed] : null,
        offenderInterviews,
      },
    });
    setBusy(false);
    const outcome = result.data?.createInspection;
    if (outcome?.__typename === 'MutationCreateInspectionSuccess') {
      navigate(`/inspections/${encodeURIComponent(outcome.data.id)}/plan?created=1`);
      return;
    }
    if (outcome?.__typename === 'InvalidInputError' && outcome.problems.length > 0)
      setProblems(outcome.problems.map((p) => ({ field: fieldForProblem(p.path), message: p.message })));
    else
      setProblems([
        {
          field: 'area',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };
}
