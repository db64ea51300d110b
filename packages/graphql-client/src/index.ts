export * from './graphql.ts';
export * from './client.ts';
