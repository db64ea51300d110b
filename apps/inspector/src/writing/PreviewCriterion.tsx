// One criterion in the preview: its score (original against follow-up), description, findings with the evidence
// they rest on, and good practice.
import { formatPercent } from '@scrutiny/domain';
import { TableRegion } from '@scrutiny/ui';
import { scoreTable } from './preview-model.ts';
import type { PreviewInspection } from './preview-types.ts';

type Criterion = PreviewInspection['framework']['criteria'][number];

export function PreviewCriterion({
  criterion,
  inspection,
  anchor,
}: {
  criterion: Criterion;
  inspection: PreviewInspection;
  anchor: string;
}) {
  const followUp = inspection.kind === 'FOLLOW_UP';
  const figures = inspection.comparison?.figures ?? [];
  const table = scoreTable(criterion.code, criterion.scoringRule, inspection.criterionScores, figures);
  const findings = inspection.findings.filter((f) => f.criterionCode === criterion.code);
  const practices = inspection.goodPractices.filter((g) => g.criterionCode === criterion.code);
  return (
    <>
      <h3 className="govuk-heading-s" id={anchor}>
        {criterion.code} {criterion.title}
      </h3>
      {table ? (
        <TableRegion>
          <table className="govuk-table" data-testid={`preview-score-${criterion.code}`}>
            <caption className="govuk-visually-hidden">
              {criterion.code} score{followUp ? ': original inspection against follow-up' : ''}
            </caption>
            <tbody className="govuk-table__body">
              {followUp ? (
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Original inspection
                  </th>
                  <td className="govuk-table__cell app-numeric">
                    {table.original
                      ? `${formatPercent(table.original.percentage)}${table.original.adjusted ? ' (adjusted)' : ''}`
                      : '–'}
                  </td>
                </tr>
              ) : null}
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {followUp ? 'Follow-up inspection' : 'This inspection'}
                </th>
                <td className="govuk-table__cell app-numeric">
                  {formatPercent(table.current.percentage)}
                  {table.current.applicable !== null
                    ? ` (${table.current.met ?? '–'} of ${table.current.applicable} cases)`
                    : ''}
                </td>
              </tr>
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p className="govuk-body govuk-hint">Not scored in this inspection.</p>
      )}
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Description:</p>
      <p className="govuk-body">
        <i>{criterion.description}</i>
      </p>
      {findings.length ? (
        <ul className="govuk-list govuk-list--bullet" data-testid={`preview-findings-${criterion.code}`}>
          {findings.map((f) => (
            <li key={f.id} className="app-pre-line">
              {f.text}
              {f.evidence.length ? (
                <span className="govuk-body-s govuk-!-display-block app-secondary-text">
                  Evidence: {f.evidence.map((e) => e.title).join('; ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body govuk-hint">No findings written yet.</p>
      )}
      {practices.map((g) => (
        <div key={g.id} className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">GOOD PRACTICE EXAMPLE{g.title ? `: ${g.title}` : ''}</p>
          <p className="govuk-body app-pre-line">
            <i>{g.text}</i>
          </p>
        </div>
      ))}
    </>
  );
}
