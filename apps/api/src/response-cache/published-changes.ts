// Which recorded changes may alter what a cached answer of published figures shows. Decided from the audit action
// every state change writes in its transaction, so a change made outside any GraphQL mutation (the erasure job, a
// seed, a command-line load) ends the cached answers just as a mutation does.

/**
 * Audited actions on work no cached answer shows: answers, submissions and validation of unpublished inspections
 * (seen only by the inspectorate, whose answers are never cached) and a person's own data. Every other action,
 * including one added later, ends every cached answer.
 */
const LEAVES_PUBLISHED_FIGURES = new Set([
  'answer.create',
  'answer.update',
  'caseFile.submit',
  'validation.record',
  'validation.compare',
  'validation.resolve',
  'personalData.export',
]);

export function changesPublishedFigures(action: string): boolean {
  return !LEAVES_PUBLISHED_FIGURES.has(action);
}
