export * from './graphql.ts';
export * from './client.ts';
export { trustedDocumentText, sha256Hex } from './trusted-documents.ts';
export { SignInMutation, SignOutMutation } from './documents/session.ts';
