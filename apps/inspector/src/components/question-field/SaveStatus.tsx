// Whether a question's answer is saved, said in the line under it (read out as it changes).
import type { SaveRefusal } from '../../saving/queue-state.ts';

export type SaveState = 'saved' | 'saving' | 'retrying' | 'conflict' | 'refused' | 'needs-reason' | 'unsaved' | 'none';

export function SaveStatus({ state, refusal }: { state: SaveState; refusal: SaveRefusal | undefined }) {
  switch (state) {
    case 'saved':
      return <span className="app-save-status app-save-status--saved govuk-!-margin-left-0">Saved</span>;
    case 'saving':
      return <span className="app-save-status app-save-status--pending govuk-!-margin-left-0">Saving…</span>;
    case 'retrying':
      return (
        <span className="app-save-status app-save-status--pending govuk-!-margin-left-0">
          Not saved yet — will retry
        </span>
      );
    case 'unsaved':
      return (
        <span className="app-save-status app-save-status--pending govuk-!-margin-left-0">
          Not saved yet — saves when you pause
        </span>
      );
    case 'needs-reason':
      return (
        <span className="app-save-status app-save-status--pending govuk-!-margin-left-0">
          Not saved yet — give a reason
        </span>
      );
    case 'conflict':
      return (
        <span className="app-save-status app-save-status--problem govuk-!-margin-left-0">
          Not saved — someone else changed this answer
        </span>
      );
    case 'refused':
      return (
        <span className="app-save-status app-save-status--problem govuk-!-margin-left-0">
          Not saved: {refusal?.message}
        </span>
      );
    case 'none':
      return <span className="govuk-visually-hidden">Not answered</span>;
  }
}
