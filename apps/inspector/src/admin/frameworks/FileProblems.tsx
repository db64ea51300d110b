// Every problem a checked framework file has, where to find it and what is wrong.
import type { Ref } from 'react';
import { TableRegion } from '@scrutiny/ui';
import type { FileProblem } from './framework-upload.ts';

export function FileProblems({
  fileName,
  problems,
  headingRef,
}: {
  fileName: string | undefined;
  problems: readonly FileProblem[];
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <>
      <h2 className="govuk-heading-m" ref={headingRef} tabIndex={-1}>
        {fileName ?? 'The file'} has {problems.length} problem{problems.length === 1 ? '' : 's'}
      </h2>
      <TableRegion>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Problems, where to find each and what is wrong</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Where
              </th>
              <th scope="col" className="govuk-table__header">
                What is wrong
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {problems.map((problem) => (
              <tr className="govuk-table__row" key={`${problem.where}-${problem.message}`}>
                <td className="govuk-table__cell">{problem.where}</td>
                <td className="govuk-table__cell">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
