// The reason a question does not apply, asked under "Not applicable" once it is chosen.
import { TextAreaField } from '@scrutiny/ui';

export function NotApplicableReason({
  id,
  reason,
  error,
  onChange,
  onFocus,
  onBlur,
}: {
  id: string;
  reason: string;
  error: boolean;
  onChange: (reason: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}) {
  return (
    <TextAreaField
      id={`${id}-reason`}
      label="Why does this question not apply to this case?"
      groupClass="govuk-!-margin-bottom-2"
      rows={2}
      required
      error={error ? 'Enter why the question does not apply' : null}
      value={reason}
      onChange={onChange}
      onFocus={onFocus}
      onBlur={onBlur}
    />
  );
}
