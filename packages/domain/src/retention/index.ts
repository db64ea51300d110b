export * from './facts-needed.ts';
