export * from './citations.js';
export * from './system.js';
export * from './webhooks.js';
