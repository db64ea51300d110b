export * from './cycle.ts';
