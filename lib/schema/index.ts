/** Shared zod schemas: the contract between page, background, popup, options and CLI. */
export * from './article';
export * from './analysis';
export * from './settings';
export * from './messages';
export * from './history';
