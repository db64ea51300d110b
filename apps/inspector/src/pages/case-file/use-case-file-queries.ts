// What the case-file page loads: the file, and its framework's answer sets and criterion titles (the file's own
// framework when its inspection may be read; otherwise the frameworks' answer sets by key). While either cannot be
// loaded (no connection), it tries again every few seconds.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import type { AnswerOption } from '../../components/QuestionField.tsx';
import { CaseFileFrameworkQuery, CaseFileQuery, FrameworksQuery } from '../../documents.ts';
import { answerSetSources } from '../case-file-model.ts';
import { progressOf } from './query-progress.ts';

export function useCaseFileQueries(id: string) {
  const [fileResult, refetchFile] = useQuery({
    query: CaseFileQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [frameworkResult, refetchFramework] = useQuery({ query: CaseFileFrameworkQuery, variables: { id } });
  const [frameworksResult, refetchFrameworks] = useQuery({ query: FrameworksQuery });
  const file = fileResult.data?.caseFile ?? null;

  const fileNode = frameworkResult.data?.node;
  const inspection = fileNode && 'inspection' in fileNode ? fileNode.inspection : undefined;
  const own = progressOf(frameworkResult, () => inspection?.framework);
  const all = progressOf(frameworksResult, (data) => data.frameworks);
  const sources = answerSetSources(own, all);
  const answerSets = new Map<string, AnswerOption[]>();
  const criterionTitles = new Map<string, string>();
  for (const source of sources ?? []) {
    for (const set of source.answerSets) if (!answerSets.has(set.key)) answerSets.set(set.key, [...set.options]);
    for (const c of source.criteria) if (!criterionTitles.has(c.code)) criterionTitles.set(c.code, c.title);
  }

  const unreachable = Boolean(fileResult.error?.networkError) && !file;
  const optionsUnreachable = !sources && (own.unreachable || all.unreachable);
  useEffect(() => {
    if (!unreachable && !optionsUnreachable) return;
    const timer = setInterval(() => {
      if (unreachable) refetchFile({ requestPolicy: 'network-only' });
      if (own.unreachable) refetchFramework({ requestPolicy: 'network-only' });
      if (all.unreachable) refetchFrameworks({ requestPolicy: 'network-only' });
    }, 3000);
    return () => clearInterval(timer);
  }, [
    unreachable,
    optionsUnreachable,
    own.unreachable,
    all.unreachable,
    refetchFile,
    refetchFramework,
    refetchFrameworks,
  ]);

  return { fileResult, file, inspection, sources, answerSets, criterionTitles, unreachable, optionsUnreachable };
}
