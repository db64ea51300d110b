// The draft report: its sections in words, then its way to publication (DOMAIN.md § The work, step 7): to the area
// for the factual accuracy check, the area's comments dealt with, sign-off, and publication, which freezes the
// figures. Each step says who may take it; the API refuses anyone else, and its reason is shown. The parts live in
// draft-report/.
import { useState } from 'react';
import { useQuery } from 'urql';
import { humanise } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { DraftReportQuery } from './documents.ts';
import { Done } from '@scrutiny/ui';
import { Loading, WritingFrame, writingPaths } from './WritingFrame.tsx';
import { Workflow } from './draft-report/Workflow.tsx';
import { SectionForm } from './draft-report/SectionForm.tsx';
import { FactualAccuracyComments } from './draft-report/FactualAccuracyComments.tsx';

export function DraftReportPage({ id }: { id: string }) {
  const [result, refetch] = useQuery({
    query: DraftReportQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState<string | null>(null);
  const inspection = result.data?.inspection ?? null;
  if (!inspection) return <Loading found={false} fetching={result.fetching || !result.data} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const finished = (message: string) => {
    setDone(message);
    reload();
  };
  const sections = (result.data?.reportSections ?? []).filter(
    (s) => !s.followUpOnly || inspection.kind === 'FOLLOW_UP',
  );
  const known = new Set(sections.map((s) => s.key));
  const others = inspection.reportTexts.filter((t) => !known.has(t.section));
  const paths = writingPaths(inspection.id);

  return (
    <WritingFrame inspection={inspection} heading="Draft report and publication" current="report">
      <Done message={done} />
      <Workflow
        inspection={inspection}
        openComments={inspection.factualAccuracyComments.filter((c) => !c.resolved).length}
        onDone={finished}
      />
      <FactualAccuracyComments inspection={inspection} onDone={finished} />

      <h2 className="govuk-heading-m govuk-!-margin-top-8">The report in words</h2>
      <p className="govuk-body">
        Inspectors of the team or a chief inspector write each section. The criteria’s parts come from the{' '}
        <Link to={paths.findings}>findings</Link>; the figures from the case files. See it all in the{' '}
        <Link to={paths.preview}>preview of the report</Link>.
      </p>
      {sections.map((section) => {
        const text = inspection.reportTexts.find((t) => t.section === section.key);
        return (
          <SectionForm
            key={`${section.key}${text?.updatedAt ?? ''}`}
            inspectionId={inspection.id}
            section={section}
            text={text ?? null}
            published={inspection.published}
            onDone={finished}
          />
        );
      })}
      {others.map((text) => (
        <section key={text.id} aria-labelledby={`section-${text.section}-heading`}>
          <h3 className="govuk-heading-s" id={`section-${text.section}-heading`}>
            {humanise(text.section)}
          </h3>
          <p className="govuk-body app-pre-line">{text.text}</p>
        </section>
      ))}
    </WritingFrame>
  );
}
