import { additionalSectionId, type AdditionalReportSection } from '@scrutiny/domain';
import { InlineMarkdown, TableRegion } from '@scrutiny/ui';

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
              <TableRegion>
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">{section.table.caption}</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      {section.table.columns.map((column) => (
                        <th key={column} scope="col" className="govuk-table__header">
                          {column}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {section.table.rows.map((row, rowIndex) => (
                      <tr key={rowIndex} className="govuk-table__row">
                        {row.map((cell, cellIndex) => (
                          <td key={cellIndex} className="govuk-table__cell">
                            {cell}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
