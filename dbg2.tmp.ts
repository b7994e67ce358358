import { Repository } from './src/repository/repository.js';
import { costComparisonPage } from './src/repository/prices.js';
import { freshDb } from './tests/helpers.js';
import { UNTRACKED } from './src/db/version.js';
const db = freshDb();
const repo = new Repository(db, 's', UNTRACKED);
const p = await costComparisonPage(repo, {}, { after: null, limit: 50 });
console.log(p.prices.length, p.programs.size, p.next);
