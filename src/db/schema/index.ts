export * from './content.js';
export * from './system.js';
export * from './webhooks.js';
