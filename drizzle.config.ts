import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  // The collections' tables live beside their Zod schemas; the rest (citations, changes, keys, webhooks) here.
  schema: ['./src/db/schema/index.ts', './src/resources/*/*.schema.ts'],
  out: './migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? './data/katalog.db' },
});
