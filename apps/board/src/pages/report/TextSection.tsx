// A section of the report in the inspectorate's words.
import type { ReportText } from '@scrutiny/domain';
import { Markdown, Section } from '@scrutiny/ui';

export function TextSection({ id, title, text }: { id: string; title: string; text: ReportText | null }) {
  if (!text) return null;
  return (
    <Section headingId={id} headingSize="l" heading={title}>
      <Markdown source={text.text} headingLevel={2} />
      {text.signedBy ? <p className="govuk-body board-signature">{text.signedBy}</p> : null}
    </Section>
  );
}
