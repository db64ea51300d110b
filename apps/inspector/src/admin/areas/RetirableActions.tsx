// What the areas' and the comparison groups' tables share: their last column, headed "Actions" for a screen reader
// alone, with each row's actions: change (or rename) and retire, or, once retired, the tag and restore.
import type { TableColumn } from '@scrutiny/ui';

interface Retirable {
  /** What the row is, said after each action for a screen reader. */
  name: string;
  retired: boolean;
}

export function retirableActionsColumn<Row extends Retirable>(actions: {
  changeLabel: 'Change' | 'Rename';
  onChange: (row: Row) => void;
  onRetire: (row: Row) => void;
  onRestore: (row: Row) => void;
}): TableColumn<Row> {
  return {
    header: <span className="govuk-visually-hidden">Actions</span>,
    cell: (row) => (
      <RetirableActions
        name={row.name}
        retired={row.retired}
        changeLabel={actions.changeLabel}
        onChange={() => actions.onChange(row)}
        onRetire={() => actions.onRetire(row)}
        onRestore={() => actions.onRestore(row)}
      />
    ),
  };
}

function RetirableActions({
  name,
  retired,
  changeLabel,
  onChange,
  onRetire,
  onRestore,
}: Retirable & {
  changeLabel: 'Change' | 'Rename';
  onChange: () => void;
  onRetire: () => void;
  onRestore: () => void;
}) {
  return retired ? (
    <>
      <strong className="govuk-tag govuk-tag--grey govuk-!-margin-right-3">Retired</strong>
      <button type="button" className="app-link-button govuk-link" onClick={onRestore}>
        Restore<span className="govuk-visually-hidden"> {name}</span>
      </button>
    </>
  ) : (
    <>
      <button type="button" className="app-link-button govuk-link govuk-!-margin-right-3" onClick={onChange}>
        {changeLabel}
        <span className="govuk-visually-hidden"> {name}</span>
      </button>
      <button type="button" className="app-link-button govuk-link" onClick={onRetire}>
        Retire<span className="govuk-visually-hidden"> {name}</span>
      </button>
    </>
  );
}
