// One criterion in the preview: its score (original against follow-up), description, findings with the evidence
// they rest on, and good practice.
import { formatPercent } from '@scrutiny/domain';
import { Table } from '@scrutiny/ui';
import { scoreTable, type ScoreTable } from './preview-model.ts';
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
        <PreviewScoreTable code={criterion.code} table={table} followUp={followUp} />
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

/** The criterion's score over the whole sample: this inspection's, and the original inspection's at a follow-up. */
function PreviewScoreTable({ code, table, followUp }: { code: string; table: ScoreTable; followUp: boolean }) {
  const { original, current } = table;
  const lines = [
    followUp && {
      id: 'original',
      inspection: 'Original inspection',
      score: original ? `${formatPercent(original.percentage)}${original.adjusted ? ' (adjusted)' : ''}` : '–',
    },
    {
      id: 'current',
      inspection: followUp ? 'Follow-up inspection' : 'This inspection',
      score: `${formatPercent(current.percentage)}${
        current.applicable !== null ? ` (${current.met ?? '–'} of ${current.applicable} cases)` : ''
      }`,
    },
  ].filter((line) => line !== false);
  return (
    <Table
      caption={{ text: `${code} score${followUp ? ': original inspection against follow-up' : ''}`, size: 'hidden' }}
      testId={`preview-score-${code}`}
      rows={lines}
      columns={[
        { rowHeader: true, cell: (line) => line.inspection },
        { numeric: true, cell: (line) => line.score },
      ]}
    />
  );
}
