/**
 * The shape of a methodology table, as data: the page builds rows, and one
 * component (DataTable.astro) turns them into accessible markup, so the
 * table markup is written once instead of once per table.
 */

/** A figure a test can read without parsing text, as the link contract describes. */
export interface Figure {
  name: string;
  method: string;
  value: string | number;
  low?: number;
  high?: number;
}

export type Cell =
  | string
  | { text: string; href?: string; num?: boolean; rowspan?: number; figure?: Figure }
  /** Where a number comes from: a link to the source list, or "Our assumption". */
  | { source: string; checkedAgainst?: string[] };

export interface Row {
  /** An id for the row, so other pages and tests can point at it. */
  id?: string;
  /** The first cell heads the row (the default). Rows that continue a spanned heading set this to false. */
  header?: boolean;
  cells: Cell[];
  /** data- attributes for the row, e.g. the link contract's data-driver on a sensitivity row. */
  data?: Record<`data-${string}`, string>;
}

export interface Column {
  label: string;
  /** Right-aligned figures. */
  num?: boolean;
}

/** Round a number for a data- attribute: whole pounds, or the value as it is when small. */
export const attr = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1e6) / 1e6);
