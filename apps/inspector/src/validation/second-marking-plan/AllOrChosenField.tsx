// One choice of the second-marking plan: every item, or the ones ticked (case files, or questions).
import type { ReactNode } from 'react';
import { CheckboxItems, FieldsetGroup, RadioItems } from '@scrutiny/ui';

export function AllOrChosenField({
  legend,
  name,
  itemPrefix,
  allLabel,
  chosenLabel,
  all,
  onAll,
  items,
  chosen,
  onToggle,
}: {
  legend: string;
  /** The radios' name, and the start of their ids (`<name>-all`, `<name>-chosen`). */
  name: string;
  /** The start of each checkbox's id, before the item's key. */
  itemPrefix: string;
  allLabel: string;
  chosenLabel: string;
  all: boolean;
  onAll: (all: boolean) => void;
  items: readonly { key: string; label: ReactNode }[];
  chosen: ReadonlySet<string>;
  onToggle: (key: string) => void;
}) {
  return (
    <FieldsetGroup id={name} legend={legend}>
      <RadioItems
        id={name}
        options={[
          { value: 'all', label: allLabel, id: `${name}-all` },
          { value: 'chosen', label: chosenLabel, id: `${name}-chosen` },
        ]}
        value={all ? 'all' : 'chosen'}
        onChange={(value) => onAll(value === 'all')}
        small
      />
      {!all ? (
        <CheckboxItems
          id={itemPrefix}
          options={items.map((item) => ({ value: item.key, label: item.label, id: `${itemPrefix}${item.key}` }))}
          chosen={chosen}
          onToggle={onToggle}
          small
          className="govuk-!-margin-top-2"
        />
      ) : null}
    </FieldsetGroup>
  );
}
