// A question's answers as small inline radios; "Not applicable" opens the reason asked under it.
import type { KeyboardEvent, ReactNode } from 'react';
import { RadioItems } from '@scrutiny/ui';
import { NOT_APPLICABLE_VALUE } from '../../answers.ts';

export function AnswerRadios({
  id,
  options,
  value,
  onChoose,
  onKeyDown,
  reason,
}: {
  id: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChoose: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** What "Not applicable" asks once it is chosen. */
  reason: ReactNode;
}) {
  return (
    <RadioItems
      id={id}
      options={options.map((option) => ({
        ...option,
        id: `${id}-${option.value}`,
        conditional: option.value === NOT_APPLICABLE_VALUE ? { id: `${id}-reason-group`, content: reason } : undefined,
      }))}
      value={value}
      onChange={onChoose}
      onKeyDown={onKeyDown}
      small
      inline
    />
  );
}
