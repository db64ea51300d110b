// The framework's "not applicable" answer: outside the denominator, and always given with a reason.
export const NOT_APPLICABLE_VALUE = 'NOT_APPLICABLE';
