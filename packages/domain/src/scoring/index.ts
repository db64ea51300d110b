export * from './figures.ts';
export * from './scores.ts';
export * from './progress.ts';
