/** Checks the curated seed: schema validity, references, excerpts against the articles, numbers in excerpts. */
import { seedData } from '../seed/data/index.js';
import { validateSeed } from '../seed/schemas.js';
import { loadArticles, SEEDS_DIR, verifyReferences, verifySeed } from '../seed/verify.js';

const problems = [...validateSeed(seedData), ...verifyReferences(seedData)];
const articles = loadArticles();
if (articles) problems.push(...verifySeed(seedData, articles));
else console.warn(`SKIPPED: the excerpt checks need the articles in ${SEEDS_DIR}`);
const counts = Object.entries(seedData)
  .map(([k, v]) => `${k}=${v.length}`)
  .join(' ');
console.log(counts);
for (const p of problems) console.log(`- ${p}`);
console.log(problems.length ? `${problems.length} problem(s)` : 'seed OK');
process.exit(problems.length ? 1 : 0);
