// The app's pages by path (inside the app's base, /inspector/).
export type Route =
  | { page: 'home' }
  | { page: 'case-file'; id: string }
  | { page: 'inspection'; id: string }
  | { page: 'sample'; id: string }
  | { page: 'create-inspection' }
  | { page: 'plan'; id: string }
  | { page: 'offender-interviews'; id: string }
  | { page: 'inspection-validation'; id: string }
  | { page: 'case-file-validation'; id: string }
  | { page: 'scores'; id: string }
  | { page: 'audit-log'; id: string }
  | { page: 'evidence'; id: string }
  | { page: 'findings'; id: string }
  | { page: 'criterion-findings'; id: string; code: string }
  | { page: 'report'; id: string }
  | { page: 'report-preview'; id: string }
  | { page: 'api-tokens' }
  | { page: 'personal-data' }
  | { page: 'erase-personal-data'; id: string }
  | { page: 'subject-access' }
  | { page: 'frameworks' }
  | { page: 'account' }
  | { page: 'sync' }
  | { page: 'set-password' }
  | { page: 'areas' }
  | { page: 'people' }
  | { page: 'programme' }
  | { page: 'check-answers'; id: string }
  | { page: 'confirm-stage'; id: string; step: string }
  | { page: 'move-back'; id: string }
  | { page: 'not-found' };

export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'home' };
  if (path === '/sync' || path === '/sync/') return { page: 'sync' };
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'case-files' && parts[1] && parts.length === 2) return { page: 'case-file', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] === 'new' && parts.length === 2) return { page: 'create-inspection' };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'plan' && parts.length === 3)
    return { page: 'plan', id: parts[1] };
  if (
    parts[0] === 'inspections' &&
    parts[1] &&
    parts[2] === 'plan' &&
    parts[3] === 'offender-interviews' &&
    parts.length === 4
  )
    return { page: 'offender-interviews', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts.length === 2) return { page: 'inspection', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'sample' && parts.length === 3)
    return { page: 'sample', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'validation' && parts.length === 3)
    return { page: 'inspection-validation', id: parts[1] };
  if (parts[0] === 'case-files' && parts[1] && parts[2] === 'validation' && parts.length === 3)
    return { page: 'case-file-validation', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'scores' && parts.length === 3)
    return { page: 'scores', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'audit' && parts.length === 3)
    return { page: 'audit-log', id: parts[1] };
  // Writing the report: meetings and evidence, findings by criterion, the draft and its preview.
  if (parts[0] === 'inspections' && parts[1] && parts.length === 3 && parts[2] === 'evidence')
    return { page: 'evidence', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'findings' && parts.length === 3)
    return { page: 'findings', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'findings' && parts[3] && parts.length === 4)
    return { page: 'criterion-findings', id: parts[1], code: parts[3] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'report' && parts.length === 3)
    return { page: 'report', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'report' && parts[3] === 'preview' && parts.length === 4)
    return { page: 'report-preview', id: parts[1] };
  if (parts[0] === 'admin' && parts[1] === 'api-tokens' && parts.length === 2) return { page: 'api-tokens' };
  // Retention: what personal data is held, a chief inspector's early erasure, a subject access request.
  if (parts[0] === 'admin' && parts[1] === 'personal-data' && parts.length === 2) return { page: 'personal-data' };
  if (parts[0] === 'admin' && parts[1] === 'personal-data' && parts[2] === 'erase' && parts[3] && parts.length === 4)
    return { page: 'erase-personal-data', id: parts[3] };
  if (parts[0] === 'personal-data' && parts[1] === 'subject-access' && parts.length === 2)
    return { page: 'subject-access' };
  if (parts[0] === 'admin' && parts[1] === 'frameworks' && parts.length === 2) return { page: 'frameworks' };
  // Confirm, then show what happened, and allow a way back.
  if (parts[0] === 'case-files' && parts[1] && parts[2] === 'check' && parts.length === 3)
    return { page: 'check-answers', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'confirm' && parts[3] && parts.length === 4)
    return { page: 'confirm-stage', id: parts[1], step: parts[3] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'move-back' && parts.length === 3)
    return { page: 'move-back', id: parts[1] };
  if (parts[0] === 'account' && parts.length === 1) return { page: 'account' };
  if (parts[0] === 'set-password' && parts.length === 1) return { page: 'set-password' };
  if (parts[0] === 'admin' && parts[1] === 'areas' && parts.length === 2) return { page: 'areas' };
  if (parts[0] === 'admin' && parts[1] === 'people' && parts.length === 2) return { page: 'people' };
  if (parts[0] === 'programme' && parts.length === 1) return { page: 'programme' };
  return { page: 'not-found' };
}
