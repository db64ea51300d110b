// A sampled case file's second marking in words: where it stands, and what the inspector can do next.
const STATE: Record<string, string> = {
  NOT_CHOSEN: 'Not chosen for second marking',
  NOT_READY: 'Not submitted yet',
  NOT_STARTED: 'Not second-marked',
  IN_PROGRESS: 'Marking under way',
  TO_RESOLVE: 'Disagreements to resolve',
  DONE: 'Validated',
};

export interface MarkingLike {
  state: string;
  questionCount: number;
  markedCount: number;
  disagreementCount: number;
  unresolvedCount: number;
  markedBy: string | null;
}

export function stateText(m: MarkingLike): string {
  switch (m.state) {
    case 'IN_PROGRESS':
      return `${STATE[m.state]}: ${m.markedCount} of ${m.questionCount} marked${m.markedBy ? ` by ${m.markedBy}` : ''}`;
    case 'TO_RESOLVE':
      return `${m.unresolvedCount} of ${m.disagreementCount} ${m.disagreementCount === 1 ? 'disagreement' : 'disagreements'} to resolve`;
    case 'DONE':
      return `${STATE[m.state]}: ${m.disagreementCount} ${m.disagreementCount === 1 ? 'disagreement' : 'disagreements'} resolved`;
    default:
      return STATE[m.state] ?? m.state;
  }
}

export function actionText(state: string): string | null {
  switch (state) {
    case 'NOT_STARTED':
      return 'Second-mark';
    case 'IN_PROGRESS':
      return 'Continue marking';
    case 'TO_RESOLVE':
      return 'Compare and resolve';
    case 'DONE':
      return 'View comparison';
    default:
      return null;
  }
}
