// The app's pages by path (inside the app's base, /inspector/).
export type Route =
  | { page: 'home' }
  | { page: 'case-file'; id: string }
  | { page: 'inspection'; id: string }
  | { page: 'sample'; id: string }
  | { page: 'create-inspection' }
  | { page: 'plan'; id: string }
  | { page: 'inspection-validation'; id: string }
  | { page: 'case-file-validation'; id: string }
  | { page: 'scores'; id: string }
  | { page: 'api-tokens' }
  | { page: 'not-found' };

export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'home' };
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'case-files' && parts[1] && parts.length === 2) return { page: 'case-file', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] === 'new' && parts.length === 2) return { page: 'create-inspection' };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'plan' && parts.length === 3)
    return { page: 'plan', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts.length === 2) return { page: 'inspection', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'sample' && parts.length === 3)
    return { page: 'sample', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'validation' && parts.length === 3)
    return { page: 'inspection-validation', id: parts[1] };
  if (parts[0] === 'case-files' && parts[1] && parts[2] === 'validation' && parts.length === 3)
    return { page: 'case-file-validation', id: parts[1] };
  if (parts[0] === 'inspections' && parts[1] && parts[2] === 'scores' && parts.length === 3)
    return { page: 'scores', id: parts[1] };
  if (parts[0] === 'admin' && parts[1] === 'api-tokens' && parts.length === 2) return { page: 'api-tokens' };
  return { page: 'not-found' };
}
