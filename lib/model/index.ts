export * from './checklist';
export * from './draft';
export * from './locator';
export * from './observation';
export * from './page-kind';
export * from './resource-lists';
export * from './settings';
