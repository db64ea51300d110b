// Validation of an inspection: the sampled case files with their second-marking state, to choose which to
// second-mark, and the agreement between assessors and inspectors so far (overall, per assessor, per question).
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { fileStatusLabel, riskLabel } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { agreementPercent, kappaStrength, kappaText, type AgreementLike } from './agreement-text.ts';
import { ValidationOverviewQuery } from './documents.ts';
import { SecondMarkingPlanForm } from './SecondMarkingPlanForm.tsx';
import { TableRegion } from '@scrutiny/ui';

const STATE: Record<string, string> = {
  NOT_CHOSEN: 'Not chosen for second marking',
  NOT_READY: 'Not submitted yet',
  NOT_STARTED: 'Not second-marked',
  IN_PROGRESS: 'Marking under way',
  TO_RESOLVE: 'Disagreements to resolve',
  DONE: 'Validated',
};

interface MarkingLike {
  state: string;
  questionCount: number;
  markedCount: number;
  disagreementCount: number;
  unresolvedCount: number;
  markedBy: string | null;
}

function stateText(m: MarkingLike): string {
  switch (m.state) {
    case 'IN_PROGRESS':
      return `${STATE[m.state]}: ${m.markedCount} of ${m.questionCount} marked${m.markedBy ? ` by ${m.markedBy}` : ''}`;
    case 'TO_RESOLVE':
      return `${m.unresolvedCount} of ${m.disagreementCount} ${m.disagreementCount === 1 ? 'disagreement' : 'disagreements'} to resolve`;
    case 'DONE':
      return `${STATE[m.state]}: ${m.disagreementCount} ${m.disagreementCount === 1 ? 'disagreement' : 'disagreements'} resolved`;
    default:
      return STATE[m.state] ?? m.state;
  }
}

function actionText(state: string): string | null {
  switch (state) {
    case 'NOT_STARTED':
      return 'Second-mark';
    case 'IN_PROGRESS':
      return 'Continue marking';
    case 'TO_RESOLVE':
      return 'Compare and resolve';
    case 'DONE':
      return 'View comparison';
    default:
      return null;
  }
}

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

      <h2 className="govuk-heading-m">Agreement so far</h2>
      <dl className="govuk-summary-list" data-testid="agreement-overall">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Case files compared</dt>
          <dd className="govuk-summary-list__value">{agreement.caseFiles}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Answers compared</dt>
          <dd className="govuk-summary-list__value" data-testid="agreement-pairs">
            {agreement.overall.pairs}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Answers agreed</dt>
          <dd className="govuk-summary-list__value" data-testid="agreement-percentage">
            {agreementPercent(agreement.overall)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Cohen’s kappa</dt>
          <dd className="govuk-summary-list__value" data-testid="agreement-kappa">
            <KappaValue figure={agreement.overall} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Disagreements to resolve</dt>
          <dd className="govuk-summary-list__value" data-testid="agreement-unresolved">
            {agreement.unresolved} of {agreement.disagreements}
          </dd>
        </div>
      </dl>
      <p className="govuk-body-s">
        Kappa discounts the agreement two raters would reach by chance: 1 is complete agreement, 0 no better than
        chance. Resolving a disagreement changes the answer, not these figures: they compare the two raters’ own
        answers.
      </p>

      <h2 className="govuk-heading-m">Case files</h2>
      {files.length ? (
        <TableRegion>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Sampled case files and their validation</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Case file
                </th>
                <th scope="col" className="govuk-table__header">
                  Risk of harm
                </th>
                <th scope="col" className="govuk-table__header">
                  Assessor
                </th>
                <th scope="col" className="govuk-table__header">
                  Assessment
                </th>
                <th scope="col" className="govuk-table__header">
                  Validation
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {files.map((file) => {
                const marking = file.secondMarking;
                const action = marking ? actionText(marking.state) : null;
                return (
                  <tr className="govuk-table__row" key={file.id}>
                    <th scope="row" className="govuk-table__header">
                      {file.reference}
                    </th>
                    <td className="govuk-table__cell">{riskLabel(file.riskOfHarm)}</td>
                    <td className="govuk-table__cell">{file.assessor?.name ?? 'No assessor yet'}</td>
                    <td className="govuk-table__cell">{fileStatusLabel(file.status)}</td>
                    <td className="govuk-table__cell">
                      {marking ? stateText(marking) : '–'}
                      {action ? (
                        <>
                          <br />
                          <Link to={`/case-files/${encodeURIComponent(file.id)}/validation`}>
                            {action}
                            <span className="govuk-visually-hidden"> {file.reference}</span>
                          </Link>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p className="govuk-body">No sampled case files yet.</p>
      )}

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

function KappaValue({ figure }: { figure: AgreementLike }) {
  const strength = kappaStrength(figure);
  return (
    <>
      {kappaText(figure)}
      {strength ? <span className="govuk-body-s"> ({strength})</span> : null}
    </>
  );
}

function AgreementTable(props: {
  caption: string;
  first: string;
  rows: readonly (AgreementLike & { key: string; label: string })[];
  empty: string;
}) {
  const th = 'govuk-table__header';
  return (
    <>
      <h2 className="govuk-heading-m">{props.caption}</h2>
      {props.rows.length === 0 ? (
        <p className="govuk-body">{props.empty}</p>
      ) : (
        <TableRegion>
          <table className="govuk-table govuk-table--small-text-until-tablet">
            <caption className="govuk-visually-hidden">{props.caption}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className={th}>
                  {props.first}
                </th>
                <th scope="col" className={`${th} app-numeric`}>
                  Answers compared
                </th>
                <th scope="col" className={`${th} app-numeric`}>
                  Agreed
                </th>
                <th scope="col" className={th}>
                  Cohen’s kappa
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {props.rows.map((row) => (
                <tr className="govuk-table__row" key={row.key}>
                  <th scope="row" className={th}>
                    {row.label}
                  </th>
                  <td className="govuk-table__cell app-numeric">{row.pairs}</td>
                  <td className="govuk-table__cell app-numeric">{agreementPercent(row)}</td>
                  <td className="govuk-table__cell">
                    <KappaValue figure={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
