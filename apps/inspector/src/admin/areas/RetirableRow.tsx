// What the areas' and the comparison groups' tables share: their column headings with a hidden "Actions" column,
// and each row's actions: change (or rename) and retire, or, once retired, the tag and restore.
export function RetirableTableHead({ headings }: { headings: readonly string[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {headings.map((heading) => (
          <th scope="col" className="govuk-table__header" key={heading}>
            {heading}
          </th>
        ))}
        <th scope="col" className="govuk-table__header">
          <span className="govuk-visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

export function RetirableActions({
  name,
  retired,
  changeLabel,
  onChange,
  onRetire,
  onRestore,
}: {
  /** What the row is, said after each action for a screen reader. */
  name: string;
  retired: boolean;
  changeLabel: 'Change' | 'Rename';
  onChange: () => void;
  onRetire: () => void;
  onRestore: () => void;
}) {
  return (
    <td className="govuk-table__cell">
      {retired ? (
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
      )}
    </td>
  );
}
