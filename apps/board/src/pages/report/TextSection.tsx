// A section of the report in the inspectorate's words.
import type { ReportText } from '@scrutiny/domain';
import { Markdown } from '@scrutiny/ui';

export function TextSection({ id, title, text }: { id: string; title: string; text: ReportText | null }) {
  if (!text) return null;
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-l" id={id}>
        {title}
      </h2>
      <Markdown source={text.text} headingLevel={2} />
      {text.signedBy ? <p className="govuk-body board-signature">{text.signedBy}</p> : null}
    </section>
  );
}
