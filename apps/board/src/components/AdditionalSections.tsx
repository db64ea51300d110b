import { additionalSectionId, type AdditionalReportSection } from '@scrutiny/domain';
import { InlineMarkdown, Table } from '@scrutiny/ui';

/** Sections plugins add to the published report, after its own parts, each saying which plugin wrote it. */
export function AdditionalSections({ sections }: { sections: readonly AdditionalReportSection[] }) {
  return (
    <>
      {sections.map((section) => {
        const id = additionalSectionId(section.key);
        return (
          <section key={section.key} aria-labelledby={id} data-plugin={section.plugin}>
            <h2 className="govuk-heading-l" id={id}>
              {section.title}
            </h2>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index} className="govuk-body">
                <InlineMarkdown source={paragraph} />
              </p>
            ))}
            {section.table ? (
              <Table
                caption={{ text: section.table.caption, size: 's' }}
                rows={section.table.rows}
                rowKey={(_, rowIndex) => rowIndex}
                columns={section.table.columns.map((column, columnIndex) => ({
                  header: column,
                  cell: (row: readonly string[]) => row[columnIndex],
                }))}
              />
            ) : null}
          </section>
        );
      })}
    </>
  );
}
