// The case-file page when the file is not there: loading, unreachable, or not found.
import { Link } from '../../routing/router.tsx';

export function CaseFileMissing({ loading, unreachable }: { loading: boolean; unreachable: boolean }) {
  if (loading) return <p className="govuk-body">Loading…</p>;
  if (unreachable)
    return (
      <>
        <h1 className="govuk-heading-l">Case file</h1>
        <p className="govuk-body">
          Scrutiny cannot be reached just now. Answers you have given are kept on this device and are sent when the
          connection returns; this page will load by itself.
        </p>
      </>
    );
  return (
    <>
      <h1 className="govuk-heading-l">Case file not found</h1>
      <p className="govuk-body">It does not exist, or it is not assigned to you.</p>
      <p className="govuk-body">
        <Link to="/">Back to your case files</Link>
      </p>
    </>
  );
}
