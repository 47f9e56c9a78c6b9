export * from './ast';
export * from './create-rule';
export * from './data-flow';
export * from './file-kind';
export * from './handlers';
export * from './settings';
export * from './snippets';
export * from './options';
