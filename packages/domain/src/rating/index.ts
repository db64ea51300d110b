export * from './ratings.ts';
export * from './versions.ts';
