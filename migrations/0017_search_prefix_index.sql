-- hand-written: the search table gets FTS5 prefix indexes for prefixes of 1 to 8 characters (src/search/triggers.ts SEARCH_TABLE). The last word of every query is a prefix (`"group"*`), which FTS5 otherwise answers by merging the doclists of every term that starts with it before its first row (100k programs: the first 2000 rows of "s"* 133 ms, of "group"* 4-21 ms; with the index 0.2 ms). FTS5 cannot add a prefix index to a table, so the table is made again with the same rows (rowid, title, body) and the same tokenizer; no other table or trigger changes.
CREATE TABLE `search_rebuild` (`id` integer PRIMARY KEY, `title` text, `body` text);
--> statement-breakpoint
INSERT INTO `search_rebuild` (`id`, `title`, `body`) SELECT rowid, title, body FROM search ORDER BY rowid;
--> statement-breakpoint
DROP TABLE search;
--> statement-breakpoint
CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6 7 8');
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT `id`, `title`, `body` FROM `search_rebuild` ORDER BY `id`;
--> statement-breakpoint
INSERT INTO search (search) VALUES ('optimize');
--> statement-breakpoint
DROP TABLE `search_rebuild`;
