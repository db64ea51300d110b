// The roles an administrator gives people, and which of them belong to an area.
export const ROLES = [
  { value: 'INSPECTOR', label: 'Inspector' },
  { value: 'CHIEF_INSPECTOR', label: 'Chief inspector' },
  { value: 'INFORMATION_MANAGER', label: 'Information manager' },
  { value: 'ADMIN_OFFICER', label: 'Admin officer' },
  { value: 'AREA_ASSESSOR', label: 'Area assessor (seconded from an area)' },
  { value: 'BOARD_MEMBER', label: 'Board member of an area' },
  { value: 'ADMINISTRATOR', label: 'Administrator' },
] as const;
export type Role = (typeof ROLES)[number]['value'];
export const AREA_ROLES: readonly string[] = ['AREA_ASSESSOR', 'BOARD_MEMBER'];
export const roleLabel = (role: string) => ROLES.find((r) => r.value === role)?.label ?? role;

/** The message of a failed outcome, or that the server cannot be reached. */
export const messageOf = (outcome: unknown) =>
  outcome && typeof outcome === 'object' && 'message' in outcome
    ? String(outcome.message)
    : 'Scrutiny cannot be reached. Try again.';

export interface InviteFormState {
  email: string;
  name: string;
  role: Role;
  areaId: string;
}

export const EMPTY_INVITE: InviteFormState = { email: '', name: '', role: 'INSPECTOR', areaId: '' };

export interface RoleEdit {
  role: string;
  areaId: string;
}

export interface Area {
  id: string;
  name: string;
}

/** The areas to choose from, after a first "Choose an area" that chooses none. */
export const areaOptions = (areas: readonly Area[]) => [
  { value: '', label: 'Choose an area' },
  ...areas.map((a) => ({ value: a.id, label: a.name })),
];
