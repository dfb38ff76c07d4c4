/**
 * Every collection's schema, for code that wants them all (content.config.ts
 * and the content check). Each lives in its own file in this folder; the
 * parts they share are in shared.ts.
 */
export * from './shared';
export * from './services';
export * from './joining';
export * from './joining-steps';
export * from './ways';
export * from './sectors';
export * from './news';
export * from './events';
export * from './pages';
export * from './case-studies';
export * from './landscape';
export * from './glossary';
export * from './acronyms';
export * from './messages';
export * from './settings';
export * from './calculator';
