// Words for the API's codes, as users read them.

const RISK: Record<string, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', VERY_HIGH: 'Very high' };
const FILE_STATUS: Record<string, string> = {
  UNASSIGNED: 'Not assigned',
  ASSIGNED: 'Not started',
  IN_PROGRESS: 'In progress',
  SUBMITTED: 'Submitted',
  VALIDATED: 'Validated',
};

export function riskLabel(code: string): string {
  return RISK[code] ?? humanise(code);
}

export function fileStatusLabel(code: string): string {
  return FILE_STATUS[code] ?? humanise(code);
}

/** `significantIncident` or `FIELDWORK` or `HIGH_RISK_OF_HARM` as words: "Significant incident", "Fieldwork". */
export function humanise(code: string): string {
  const words = code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
