export * from './model.ts';
export * from './applicability.ts';
export * from './validate-framework.ts';
export * from './answers.ts';
export * from './underivable.ts';
