import type { Item } from '../../query/spec.js';
import type { Repository } from '../../repository/repository.js';
import type { Citation } from '../common.schema.js';
import { contraindicationsResource } from '../contraindications/contraindications.resource.js';
import type { Contraindication } from '../contraindications/contraindications.schema.js';
import { formatFitResource } from './format-fit.resource.js';
import type { FormatFit } from './format-fit.schema.js';
import { rowLines } from './individual-statements.js';

/**
 * A record cites a row's line in the format table when one of its excerpts, from the line's source, is the line or
 * its start, from the row's situation on ("Active substance use disorder(exclusion in both)(after stabilization)", or
 * "Active substance use disorder" without its cells): the data links a contraindication to the row it rests on,
 * whatever their ids (audit 14 A14-6). Other excerpts they share (the column headers, an FAQ line) name several rows
 * and link none.
 */
export function citesRowLine(cited: Citation[], row: Item): boolean {
  const situation = String(row.situation);
  return rowLines(row).some((line) =>
    cited.some(
      (c) => c.source_id === line.source_id && c.excerpt.startsWith(situation) && line.excerpt.startsWith(c.excerpt),
    ),
  );
}

/** The records linked to the ones asked: each row's contraindications, each contraindication's rows, by `citesRowLine`. */
export interface TableLinks {
  /** Contraindications that cite a row's line, by row id, in id order. */
  flagsOf: Map<string, Contraindication[]>;
  /** Rows whose line a contraindication cites, by contraindication id, in table order. */
  rowsOf: Map<string, FormatFit[]>;
}

/**
 * Computed once per record and data version (`Repository.perVersion`), so a request costs a lookup per id asked: a
 * row's flags are the contraindications quoting its lines (one statement, the lines as one JSON array) and loaded by
 * id (one); a contraindication's rows are those whose situation one of its excerpts starts with (one, its excerpts as
 * one array) and loaded by id (one).
 */
export function tableLinks(
  repo: Repository,
  rows: Map<string, FormatFit>,
  contra: Map<string, Contraindication>,
): TableLinks {
  return {
    flagsOf: new Map([...rows.values()].map((r) => [String(r.id), flagsOfRow(repo, r)])),
    rowsOf: new Map([...contra.values()].map((c) => [String(c.id), rowsOfFlag(repo, c)])),
  };
}

function flagsOfRow(repo: Repository, row: FormatFit): Contraindication[] {
  return repo.perVersion(`fit-links\u0000format-fit\u0000${row.id}`, () => {
    const ids = repo.citing(contraindicationsResource, rowLines(row));
    return [...repo.byIds(contraindicationsResource, ids).values()].filter((f) => citesRowLine(f.citations, row));
  });
}

function rowsOfFlag(repo: Repository, flag: Contraindication): FormatFit[] {
  return repo.perVersion(`fit-links\u0000contraindications\u0000${flag.id}`, () => {
    const ids = repo.beginning(formatFitResource, 'situation', [...new Set(flag.citations.map((x) => x.excerpt))]);
    return [...repo.byIds(formatFitResource, ids).values()]
      .filter((r) => citesRowLine(flag.citations, r))
      .sort((a, b) => a.position - b.position);
  });
}
