// The draft report as it will read, in the reference report's shape: foreword, acknowledgements and team,
// glossary, reasons for the follow-up, summary, arrangements, one part per criterion with its score table (original
// against follow-up), findings and good practice, then the role of the inspectorate. Everything is the API's.
import { Fragment } from 'react';
import { useQuery } from 'urql';
import { formatPercent } from '@scrutiny/domain';
import { Markdown, TableRegion } from '@scrutiny/ui';
import { ReportPreviewQuery } from './documents.ts';
import { judgementLabel, longDate, meetingKindLabel } from './labels.ts';
import { glossaryTerms, scoreTable, teamLines } from './preview-model.ts';
import { Loading, WritingFrame } from './WritingFrame.tsx';

/** A report text laid out exactly as the published report lays it out (the one parser, the one renderer). */
function Blocks({ text }: { text: string }) {
  return <Markdown source={text} headingLevel={2} />;
}

function NotWritten({ what }: { what: string }) {
  return <p className="govuk-body govuk-hint">The {what} is not written yet.</p>;
}

export function ReportPreviewPage({ id }: { id: string }) {
  const [result] = useQuery({ query: ReportPreviewQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const inspection = result.data?.inspection ?? null;
  if (!inspection) return <Loading found={false} fetching={result.fetching || !result.data} />;

  const followUp = inspection.kind === 'FOLLOW_UP';
  const sections = (result.data?.reportSections ?? []).filter((s) => !s.followUpOnly || followUp);
  const textOf = (key: string) => inspection.reportTexts.find((t) => t.section === key) ?? null;
  const figures = inspection.comparison?.figures ?? [];
  const anchor = (key: string) => `report-${key.toLowerCase()}`;
  const framework = inspection.framework;
  const partsTitle = (code: string, title: string) => `Section ${code} ${title}`;

  const sectionBody = (key: string, title: string) => {
    const text = textOf(key);
    switch (key) {
      case 'FOREWORD':
        return (
          <>
            {text ? <Blocks text={text.text} /> : <NotWritten what="foreword" />}
            {text?.signedBy ? (
              <p className="govuk-body">
                <i>{text.signedBy}</i>
              </p>
            ) : null}
          </>
        );
      case 'ACKNOWLEDGEMENTS':
        return (
          <>
            {text ? <Blocks text={text.text} /> : <NotWritten what="acknowledgements" />}
            <dl className="govuk-summary-list govuk-summary-list--no-border" data-testid="preview-team">
              {teamLines(inspection.team).map((line) => (
                <div className="govuk-summary-list__row" key={line.title}>
                  <dt className="govuk-summary-list__key">{line.title}</dt>
                  <dd className="govuk-summary-list__value">{line.names.join(', ')}</dd>
                </div>
              ))}
            </dl>
          </>
        );
      case 'GLOSSARY':
        return text ? (
          <TableRegion>
            <table className="govuk-table">
              <caption className="govuk-visually-hidden">Glossary</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Term
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Meaning
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {glossaryTerms(text.text).map((t) => (
                  <tr className="govuk-table__row" key={t.term}>
                    <th scope="row" className="govuk-table__header">
                      {t.term}
                    </th>
                    <td className="govuk-table__cell">{t.meaning}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : (
          <NotWritten what="glossary" />
        );
      case 'REASONS':
        return (
          <>
            {text ? <Blocks text={text.text} /> : <NotWritten what="reasons for the follow-up" />}
            {inspection.followedUpRecommendations.length ? (
              <>
                <p className="govuk-body">
                  The recommendations followed up
                  {inspection.baseline ? `, from ${inspection.baseline.title} (${inspection.baseline.year})` : ''}, and
                  the progress judged:
                </p>
                <ol className="govuk-list govuk-list--number" data-testid="preview-followed-up">
                  {inspection.followedUpRecommendations.map((f) => (
                    <li key={f.id} value={f.recommendation.number}>
                      <i>{f.recommendation.text}</i>
                      <br />
                      <strong>{f.judgement ? judgementLabel(f.judgement) : 'Progress not yet judged'}</strong>
                      {f.comment ? `: ${f.comment}` : ''}
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </>
        );
      case 'ARRANGEMENTS':
        return (
          <>
            {text ? <Blocks text={text.text} /> : <NotWritten what="account of the inspection arrangements" />}
            {inspection.meetings.length ? (
              <>
                <p className="govuk-body">Meetings were held with:</p>
                <ul className="govuk-list govuk-list--bullet" data-testid="preview-meetings">
                  {inspection.meetings.map((m) => (
                    <li key={m.id}>
                      {m.attendees} ({meetingKindLabel(m.kind).toLowerCase()}, {longDate(m.heldOn)})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {inspection.evidenceItems.length ? (
              <>
                <p className="govuk-body">Documents and other evidence examined:</p>
                <ul className="govuk-list govuk-list--bullet">
                  {inspection.evidenceItems.map((e) => (
                    <li key={e.id}>{e.title}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        );
      default:
        return text ? <Blocks text={text.text} /> : <NotWritten what={title.toLowerCase()} />;
    }
  };

  const before = sections.filter((s) => !s.afterCriteria);
  const after = sections.filter((s) => s.afterCriteria);
  const contents = [
    ...before.map((s) => ({ href: anchor(s.key), title: s.title })),
    ...framework.sections.map((s) => ({ href: anchor(`part-${s.code}`), title: partsTitle(s.code, s.title) })),
    ...(inspection.recommendations.length ? [{ href: anchor('recommendations'), title: 'Recommendations' }] : []),
    ...after.map((s) => ({ href: anchor(s.key), title: s.title })),
  ];

  return (
    <WritingFrame inspection={inspection} heading="Preview of the report" current="preview">
      <p className="govuk-body">
        {inspection.published
          ? 'The report as published, with its frozen figures.'
          : 'The draft as it stands, with the figures as the case files give them now. They are frozen when the report is published.'}
      </p>
      <article className="app-preview" aria-labelledby="report-title">
        <p className="govuk-body-l govuk-!-margin-bottom-1">
          <i>{framework.title}</i>
        </p>
        <h2 className="govuk-heading-l" id="report-title">
          {followUp ? 'Follow-up report on: ' : 'Report on: '}
          {inspection.area.name} {inspection.year}
        </h2>

        <nav aria-labelledby="report-contents">
          <h2 className="govuk-heading-s" id="report-contents">
            Contents
          </h2>
          <ul className="govuk-list">
            {contents.map((c) => (
              <li key={c.href}>
                <a className="govuk-link" href={`#${c.href}`}>
                  {c.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        {before.map((s) => (
          <section key={s.key} aria-labelledby={anchor(s.key)}>
            <h2 className="govuk-heading-m" id={anchor(s.key)}>
              {s.title}
            </h2>
            {sectionBody(s.key, s.title)}
          </section>
        ))}

        {framework.sections.map((part) => (
          <section key={part.code} aria-labelledby={anchor(`part-${part.code}`)}>
            <h2 className="govuk-heading-m" id={anchor(`part-${part.code}`)}>
              {partsTitle(part.code, part.title)}
            </h2>
            {framework.criteria
              .filter((c) => c.section === part.code)
              .map((criterion) => {
                const table = scoreTable(criterion.code, criterion.scoringRule, inspection.criterionScores, figures);
                const findings = inspection.findings.filter((f) => f.criterionCode === criterion.code);
                const practices = inspection.goodPractices.filter((g) => g.criterionCode === criterion.code);
                return (
                  <Fragment key={criterion.code}>
                    <h3 className="govuk-heading-s" id={anchor(`criterion-${criterion.code}`)}>
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
                        <p className="govuk-body govuk-!-font-weight-bold">
                          GOOD PRACTICE EXAMPLE{g.title ? `: ${g.title}` : ''}
                        </p>
                        <p className="govuk-body app-pre-line">
                          <i>{g.text}</i>
                        </p>
                      </div>
                    ))}
                  </Fragment>
                );
              })}
          </section>
        ))}

        {inspection.recommendations.length ? (
          <section aria-labelledby={anchor('recommendations')}>
            <h2 className="govuk-heading-m" id={anchor('recommendations')}>
              Recommendations
            </h2>
            <ol className="govuk-list govuk-list--number">
              {inspection.recommendations.map((r) => (
                <li key={r.id} value={r.number}>
                  {r.text}
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {after.map((s) => (
          <section key={s.key} aria-labelledby={anchor(s.key)}>
            <h2 className="govuk-heading-m" id={anchor(s.key)}>
              {s.title}
            </h2>
            {sectionBody(s.key, s.title)}
          </section>
        ))}
        {inspection.comparison ? (
          <p className="govuk-body-s">Against the baseline: {inspection.comparison.summary}.</p>
        ) : null}
      </article>
    </WritingFrame>
  );
}
