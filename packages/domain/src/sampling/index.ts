export * from './sample.ts';
export { seededRandom } from './prng.ts';
export type { SeededRandom } from './prng.ts';
export { allocateProportionally } from './allocation.ts';
export type { AllocationStratum } from './allocation.ts';
