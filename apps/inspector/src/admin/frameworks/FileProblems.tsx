// Every problem a checked framework file has, where to find it and what is wrong.
import type { Ref } from 'react';
import { Table } from '@scrutiny/ui';
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
      <Table
        caption={{ text: 'Problems, where to find each and what is wrong', size: 'hidden' }}
        rows={problems}
        rowKey={(problem) => `${problem.where}-${problem.message}`}
        columns={[
          { header: 'Where', cell: (problem) => problem.where },
          { header: 'What is wrong', cell: (problem) => problem.message },
        ]}
      />
    </>
  );
}
