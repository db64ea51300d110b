// One of the report's sections in the preview: its text as the published report lays it out, with what the API
// adds to some (the team under the acknowledgements, the recommendations followed up under the reasons, the
// meetings and evidence under the arrangements, the glossary as a table).
import { Markdown, Table } from '@scrutiny/ui';
import { judgementLabel, longDate, meetingKindLabel } from './labels.ts';
import { glossaryTerms, teamLines } from './preview-model.ts';
import type { PreviewInspection } from './preview-types.ts';

/** A report text laid out exactly as the published report lays it out (the one parser, the one renderer). */
function Blocks({ text }: { text: string }) {
  return <Markdown source={text} headingLevel={2} />;
}

function NotWritten({ what }: { what: string }) {
  return <p className="govuk-body govuk-hint">The {what} is not written yet.</p>;
}

export function PreviewSectionBody({
  sectionKey: key,
  title,
  inspection,
}: {
  sectionKey: string;
  title: string;
  inspection: PreviewInspection;
}) {
  const text = inspection.reportTexts.find((t) => t.section === key) ?? null;
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
      return text ? <GlossaryTable text={text.text} /> : <NotWritten what="glossary" />;
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
}

function GlossaryTable({ text }: { text: string }) {
  return (
    <Table
      caption={{ text: 'Glossary', size: 'hidden' }}
      rows={glossaryTerms(text)}
      rowKey={(t) => t.term}
      columns={[
        { header: 'Term', rowHeader: true, cell: (t) => t.term },
        { header: 'Meaning', cell: (t) => t.meaning },
      ]}
    />
  );
}
