export * from './case-list.ts';
export * from './csv.ts';
