export * from './content.js';
export * from './system.js';
