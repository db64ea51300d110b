// What a question's hint says: how the case's dates settle it (or cannot), and the framework's prompts to weigh.
export function QuestionHints({
  id,
  derivation,
  derivationSettled,
  prompts,
}: {
  id: string;
  derivation: string | null;
  derivationSettled: boolean | undefined;
  prompts: readonly string[];
}) {
  return (
    <>
      {derivation ? (
        <div className="govuk-hint" id={`${id}-derivation`}>
          {derivationSettled === false
            ? `The case’s dates cannot settle this (${derivation}): answer it from the file.`
            : `From the case’s dates: ${derivation}`}
        </div>
      ) : null}
      {prompts.length > 0 ? (
        <div className="govuk-hint" id={`${id}-prompts`} data-testid="question-prompts">
          <span className="govuk-visually-hidden">Prompts: </span>
          <ul className="govuk-list govuk-list--bullet govuk-hint govuk-!-margin-bottom-1">
            {prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
