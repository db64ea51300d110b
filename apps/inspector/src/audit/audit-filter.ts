// What the audit log is filtered by: a case file's reference, a person, or both.
export interface Filter {
  caseFileReference: string;
  actorId: string;
}

export const NO_FILTER: Filter = { caseFileReference: '', actorId: '' };
