// Validation of an inspection: the sampled case files with their second-marking state, to choose which to
// second-mark, and the agreement between assessors and inspectors so far (overall, per assessor, per question).
// Its parts (the agreement summary, the case files' table, the agreement tables) are in overview/.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import { ValidationOverviewQuery } from './documents.ts';
import { SecondMarkingPlanForm } from './SecondMarkingPlanForm.tsx';
import { AgreementSummary } from './overview/AgreementSummary.tsx';
import { CaseFilesTable } from './overview/CaseFilesTable.tsx';
import { AgreementTable } from './overview/AgreementTable.tsx';

export function ValidationOverviewPage({ id }: { id: string }) {
  const [result, reexecute] = useQuery({
    query: ValidationOverviewQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const inspection = result.data?.inspection ?? null;

  useEffect(() => {
    document.title = `Validation${inspection ? ` – ${inspection.title}` : ''} – Scrutiny`;
  }, [inspection]);

  if (!inspection) {
    if (result.fetching || !result.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Inspection not found</h1>
        <p className="govuk-body">It does not exist, or you are not on its team.</p>
      </>
    );
  }
  const agreement = inspection.agreement;
  if (!agreement)
    return (
      <>
        <h1 className="govuk-heading-l">Validation</h1>
        <p className="govuk-body">
          Only HM inspectors of the inspection’s team and chief inspectors validate case files.
        </p>
      </>
    );
  const files = inspection.caseFiles.edges.map((e) => e.node);

  return (
    <>
      <span className="govuk-caption-l">
        {inspection.title}, {inspection.area.name}
      </span>
      <h1 className="govuk-heading-l">Validation</h1>
      <p className="govuk-body">
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}`}>Back to the inspection</Link>
      </p>
      <p className="govuk-body">
        Second-mark a share of the submitted case files. You mark each question without seeing the assessor’s answers;
        once every question is marked you compare the two and resolve each disagreement.
      </p>

      {inspection.secondMarkingPlan ? (
        <SecondMarkingPlanForm
          inspectionId={inspection.id}
          plan={inspection.secondMarkingPlan}
          files={files}
          measures={inspection.framework.measures}
          onSaved={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}

      <AgreementSummary agreement={agreement} />

      <h2 className="govuk-heading-m">Case files</h2>
      {files.length ? <CaseFilesTable files={files} /> : <p className="govuk-body">No sampled case files yet.</p>}

      <AgreementTable
        caption="Agreement per assessor"
        first="Assessor"
        rows={agreement.byAssessor}
        empty="No assessor’s files have been compared yet."
      />
      <AgreementTable
        caption="Agreement per question"
        first="Question"
        rows={agreement.byMeasure}
        empty="No question has been compared yet."
      />
    </>
  );
}
