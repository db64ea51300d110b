// What an API token may do, in the words the administrator chooses from.
export const SCOPES = [
  {
    value: 'READ_PUBLISHED',
    label: 'Read published inspections',
    hint: 'Published inspections and their figures, at the higher rate and cost limits of token holders.',
  },
  { value: 'READ_SCHEMA', label: 'Read the schema', hint: 'Introspect the GraphQL schema (for code generators).' },
] as const;
export type Scope = (typeof SCOPES)[number]['value'];

export const scopeLabel = (scope: string) => SCOPES.find((s) => s.value === scope)?.label ?? scope;

export function when(iso: string | null | undefined): string {
  if (!iso) return 'Never';
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}
