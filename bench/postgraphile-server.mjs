// PostGraphile 5 serving Scrutiny's tables, as a peer for bench/api-speed.ts. It runs on Node 22 from a scratch
// folder (PostGraphile 5 needs Node 22; the project runs on Node 20): api-speed.ts copies it there and starts it.
// No access rules: it serves the tables as they are, which is less work than Scrutiny's API does per request.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } }),
  ],
  grafserv: { port: Number(process.env.PORT), graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('postgraphile ready'));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
