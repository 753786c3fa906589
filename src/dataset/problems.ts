// One validation problem: which file, which record, which field, and what is wrong with it.

export interface Problem {
  /** Path of the file, e.g. "data/sharma-2022/claims.yaml". */
  file: string;
  /** The record: an id ("claim ardern-no-evidence"), an article file, or "#3" for the 4th entry without an id. */
  record: string;
  /** The field inside the record, dotted: "evidence[1].words". "-" when the whole record or file is at fault. */
  field: string;
  message: string;
}

/** One line per problem, as the build prints it. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.record}: ${p.field}: ${p.message}`;
}

/** Thrown by the dataset build when the curated data has problems; carries every one of them. */
export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the dataset:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
  }
}
