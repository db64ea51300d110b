export * from './cycle.ts';
export * from './follow-up.ts';
