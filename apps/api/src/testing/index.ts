// What browser tests need to start Scrutiny in-process: the composition root, the listener and the seed.
export { createApp } from '../app.ts';
export { listen } from '../server.ts';
export { readConfig } from '../env.ts';
export { seedReferenceData } from '../seed/seed-reference.ts';
export { referenceSeed } from '../seed/reference-seed.ts';
export { freePort, startOidcProvider } from './oidc-provider.ts';
export { ensureFirstAdministrator } from '../services/people.ts';
