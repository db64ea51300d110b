// Cohen's kappa with the strength of agreement it shows.
import { kappaStrength, kappaText, type AgreementLike } from '../agreement-text.ts';

export function KappaValue({ figure }: { figure: AgreementLike }) {
  const strength = kappaStrength(figure);
  return (
    <>
      {kappaText(figure)}
      {strength ? <span className="govuk-body-s"> ({strength})</span> : null}
    </>
  );
}
