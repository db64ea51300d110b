// The way into "Create an inspection", offered only to those who may plan one (the API says who).
import { useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import { MayPlanQuery } from './documents.ts';

export function CreateInspectionEntry() {
  const [result] = useQuery({ query: MayPlanQuery, requestPolicy: 'cache-and-network' });
  if (!result.data?.viewer?.mayPlanInspections) return null;
  return (
    <Link to="/inspections/new" className="govuk-button" draggable={false}>
      Create an inspection
    </Link>
  );
}
