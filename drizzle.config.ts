import { defineConfig } from 'drizzle-kit';
// The registry declares each collection's filters and facets, from which its table's counting index
// is derived (src/query/counting.ts): the tables below read it when drizzle-kit asks for their indexes.
import './src/resources/index.js';

export default defineConfig({
  dialect: 'sqlite',
  // The collections' tables live beside their Zod schemas; the rest (citations, changes, keys, webhooks) here.
  schema: ['./src/db/schema/index.ts', './src/resources/*/*.schema.ts'],
  out: './migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? './data/katalog.db' },
});
