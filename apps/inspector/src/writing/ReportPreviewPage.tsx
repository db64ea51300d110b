// The draft report as it will read, in the reference report's shape: foreword, acknowledgements and team,
// glossary, reasons for the follow-up, summary, arrangements, one part per criterion with its score table (original
// against follow-up), findings and good practice, then the role of the inspectorate. Everything is the API's.
import { useQuery } from 'urql';
import { ReportPreviewQuery } from './documents.ts';
import { PreviewCriterion } from './PreviewCriterion.tsx';
import { PreviewSectionBody } from './PreviewSectionBody.tsx';
import { Loading, WritingFrame } from './WritingFrame.tsx';
import { Section } from '@scrutiny/ui';

export function ReportPreviewPage({ id }: { id: string }) {
  const [result] = useQuery({ query: ReportPreviewQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const inspection = result.data?.inspection ?? null;
  if (!inspection) return <Loading found={false} fetching={result.fetching || !result.data} />;

  const followUp = inspection.kind === 'FOLLOW_UP';
  const sections = (result.data?.reportSections ?? []).filter((s) => !s.followUpOnly || followUp);
  const anchor = (key: string) => `report-${key.toLowerCase()}`;
  const framework = inspection.framework;
  const partsTitle = (code: string, title: string) => `Section ${code} ${title}`;

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
            <PreviewSectionBody sectionKey={s.key} title={s.title} inspection={inspection} />
          </section>
        ))}

        {framework.sections.map((part) => (
          <section key={part.code} aria-labelledby={anchor(`part-${part.code}`)}>
            <h2 className="govuk-heading-m" id={anchor(`part-${part.code}`)}>
              {partsTitle(part.code, part.title)}
            </h2>
            {framework.criteria
              .filter((c) => c.section === part.code)
              .map((criterion) => (
                <PreviewCriterion
                  key={criterion.code}
                  criterion={criterion}
                  inspection={inspection}
                  anchor={anchor(`criterion-${criterion.code}`)}
                />
              ))}
          </section>
        ))}

        {inspection.recommendations.length ? (
          <Section headingId={anchor('recommendations')} heading="Recommendations">
            <ol className="govuk-list govuk-list--number">
              {inspection.recommendations.map((r) => (
                <li key={r.id} value={r.number}>
                  {r.text}
                </li>
              ))}
            </ol>
          </Section>
        ) : null}

        {after.map((s) => (
          <section key={s.key} aria-labelledby={anchor(s.key)}>
            <h2 className="govuk-heading-m" id={anchor(s.key)}>
              {s.title}
            </h2>
            <PreviewSectionBody sectionKey={s.key} title={s.title} inspection={inspection} />
          </section>
        ))}
        {inspection.comparison ? (
          <p className="govuk-body-s">Against the baseline: {inspection.comparison.summary}.</p>
        ) : null}
      </article>
    </WritingFrame>
  );
}
