/** One schema step. Statements run in order, in the same transaction as the others pending. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}
