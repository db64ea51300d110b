export * from './area-import.ts';
