// Writes the West Midlands 2005 published report model, as the host builds it for its downloads, to
// @scrutiny/reference-data, where the exporter plugins' tests read it. Run after a change to the API, the seed or
// the report model: npx -y pnpm@12.21.0 --filter @scrutiny/api run report-model:write
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startTestApi } from '../testing/harness.ts';
import { fetchReportModel, westMidlands2005Id, withStableIdentity } from '../testing/report-model.ts';

const target = fileURLToPath(
  new URL('../../../../packages/reference-data/src/data/west-midlands-2005-report-model.json', import.meta.url),
);
const api = await startTestApi({ seed: true });
try {
  const model = withStableIdentity(await fetchReportModel(api.app, await westMidlands2005Id(api.gql)));
  writeFileSync(target, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`wrote ${target}`);
} finally {
  await api.close();
}
