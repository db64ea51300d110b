// The one GOV.UK table of both apps: a caption, a header row of column headers (`scope="col"`; none where the rows'
// headers alone say what each cell holds), and a row per item whose cells the columns draw; a column may be the rows'
// header (`scope="row"`) and a numeric one is aligned right with figures of one width. Unless told otherwise it sits
// in a `TableRegion`, so on a phone it scrolls inside itself rather than widening the page (WCAG 1.4.10 reflow).
import type { Key, ReactNode } from 'react';
import { TableRegion } from './TableRegion.tsx';

export interface TableColumn<Row> {
  /**
   * The column's header; none where the rows' headers alone say what each cell holds (a figure per row): a table
   * whose columns have none has no header row.
   */
  header?: ReactNode;
  /** Figures: aligned right, in tabular numerals. */
  numeric?: boolean;
  /** This column's cell heads its row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Classes added to the column's header cell (a width, say). */
  headerClassName?: string;
  /** Classes added to each of the column's cells. */
  cellClassName?: string;
  cell: (row: Row, index: number) => ReactNode;
}

export type RowAttributes = { className?: string } & { [data: `data-${string}`]: string | undefined };

/** The table's caption: what it shows, as GOV.UK sizes it (or `hidden`: read by a screen reader, not shown). */
export interface TableCaption {
  text: ReactNode;
  size?: 's' | 'm' | 'l' | 'hidden';
  /** The caption's id; the scrolling region is then named by it in the server's markup too. */
  id?: string;
}

export interface TableProps<Row> {
  caption: TableCaption;
  /** The columns in order; `false` or `null` for one this table leaves out. */
  columns: readonly (TableColumn<Row> | false | null | undefined)[];
  rows: readonly Row[];
  /** Each row's React key: by default its `id`, or else its place. */
  rowKey?: (row: Row, index: number) => Key;
  /** A row's own attributes: a class, a test id or other data attributes. */
  rowProps?: (row: Row, index: number) => RowAttributes;
  /** The whole row drawn otherwise (cells spanning columns, say): return null to draw it from the columns. */
  rowCells?: (row: Row, index: number) => ReactNode | null;
  /**
   * The scrolling region around the table: named by the caption unless given a `label` or the id of what names it
   * (`labelledBy`, a heading above); `false` where the table needs none (it is in one already).
   */
  region?: false | { label?: string; labelledBy?: string };
  testId?: string;
  /** Classes added to the table. */
  className?: string;
}

const captionClass = (size: TableCaption['size']) =>
  size === 'hidden' ? 'govuk-visually-hidden' : `govuk-table__caption${size ? ` govuk-table__caption--${size}` : ''}`;

const withClass = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

const idOrPlace = (row: unknown, index: number): Key => {
  const id = typeof row === 'object' && row !== null && 'id' in row ? row.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : index;
};

/** A header cell's GOV.UK class, right-aligned for a numeric column (column headers and row headers alike). */
const headerClass = (numeric: boolean | undefined) =>
  numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header';

export function Table<Row>({
  caption,
  columns: given,
  rows,
  rowKey = idOrPlace,
  rowProps,
  rowCells,
  region = {},
  testId,
  className,
}: TableProps<Row>) {
  const columns = given.filter((column): column is TableColumn<Row> => Boolean(column));
  const table = (
    <table className={withClass('govuk-table', className)} data-testid={testId}>
      <caption className={captionClass(caption.size)} id={caption.id}>
        {caption.text}
      </caption>
      {columns.some((column) => column.header != null) ? (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={withClass(headerClass(column.numeric), column.headerClassName)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => {
          const { className: rowClass, ...data } = rowProps?.(row, rowIndex) ?? {};
          return (
            <tr key={rowKey(row, rowIndex)} className={withClass('govuk-table__row', rowClass)} {...data}>
              {rowCells?.(row, rowIndex) ??
                columns.map((column, index) =>
                  column.rowHeader ? (
                    <th
                      key={index}
                      scope="row"
                      className={withClass(headerClass(column.numeric), column.cellClassName)}
                    >
                      {column.cell(row, rowIndex)}
                    </th>
                  ) : (
                    <td
                      key={index}
                      className={withClass(
                        column.numeric ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell',
                        column.cellClassName,
                      )}
                    >
                      {column.cell(row, rowIndex)}
                    </td>
                  ),
                )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  if (region === false) return table;
  // A caption of plain text names the region in the server's markup too, before any script runs.
  const labelledBy = region.labelledBy ?? caption.id;
  const label = labelledBy
    ? undefined
    : (region.label ?? (typeof caption.text === 'string' ? caption.text : undefined));
  return (
    <TableRegion labelledBy={labelledBy} label={label}>
      {table}
    </TableRegion>
  );
}
