// The published report's figures as files.
import type { Inspection } from './inspection.ts';
import { Section } from '@scrutiny/ui';

/** The published report's figures as files, written by the API's exporter plugins from the same figures. */
export function Downloads({ downloads }: { downloads: Inspection['exports'] }) {
  return (
    <Section headingId="downloads" heading="Download the figures" className="board-downloads">
      <p className="govuk-body">
        Every figure of this report, one row per measure and subsample, with the original inspection’s figure and the
        change beside it.
      </p>
      <ul className="govuk-list">
        {downloads.map((file) => (
          <li key={file.key}>
            <a className="govuk-link" href={file.url} download={file.fileName}>
              {file.label}
            </a>{' '}
            <span className="govuk-body-s">({file.fileName})</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
