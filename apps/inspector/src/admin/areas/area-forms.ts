// The state of the area and comparison-group forms, and where a server problem with an area's field is shown.
export interface AreaFormState {
  code: string;
  name: string;
  region: string;
  size: string;
  density: string;
  group: string;
}

export const EMPTY_AREA: AreaFormState = { code: '', name: '', region: '', size: '', density: '', group: '' };

export interface GroupFormState {
  key: string;
  name: string;
  description: string;
}

export const EMPTY_GROUP: GroupFormState = { key: '', name: '', description: '' };

export const AREA_FIELDS: Record<string, string> = {
  code: 'area-code',
  name: 'area-name',
  region: 'area-region',
  size: 'area-size',
  density: 'area-density',
};

/** The message of a failed outcome, or that the server cannot be reached. */
export const messageOf = (outcome: unknown) =>
  outcome && typeof outcome === 'object' && 'message' in outcome
    ? String(outcome.message)
    : 'Scrutiny cannot be reached. Try again.';
