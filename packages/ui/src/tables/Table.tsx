// The one GOV.UK table of both apps: a caption, a header row of column headers (`scope="col"`), and a row per item
// whose cells the columns draw; a column may be the rows' header (`scope="row"`) and a numeric one is aligned right
// with figures of one width. Unless told otherwise it sits in a `TableRegion`, so on a phone it scrolls inside
// itself rather than widening the page (WCAG 1.4.10 reflow).
import type { Key, ReactNode } from 'react';
import { TableRegion } from './TableRegion.tsx';

export interface TableColumn<Row> {
  header: ReactNode;
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

export interface TableProps<Row> {
  caption: ReactNode;
  /** GOV.UK's caption sizes, or `hidden`: read by a screen reader, not shown. */
  captionSize?: 's' | 'm' | 'l' | 'hidden';
  /** The caption's id; the scrolling region is then named by it in the server's markup too. */
  captionId?: string;
  /** The columns in order; `false` or `null` for one this table leaves out. */
  columns: readonly (TableColumn<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  /** A row's own attributes: a class, a test id or other data attributes. */
  rowProps?: (row: Row, index: number) => RowAttributes;
  /** The whole row drawn otherwise (cells spanning columns, say): return null to draw it from the columns. */
  rowCells?: (row: Row, index: number) => ReactNode | null;
  testId?: string;
  /** Classes added to the table. */
  className?: string;
  /** `false`: the table is not put in a scrolling region (it is in one already, or never wider than a phone). */
  scrolls?: boolean;
}

const captionClass = (size: TableProps<unknown>['captionSize']) =>
  size === 'hidden' ? 'govuk-visually-hidden' : `govuk-table__caption${size ? ` govuk-table__caption--${size}` : ''}`;

const withClass = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

export function Table<Row>({
  caption,
  captionSize,
  captionId,
  columns: given,
  rows,
  rowKey,
  rowProps,
  rowCells,
  testId,
  className,
  scrolls = true,
}: TableProps<Row>) {
  const columns = given.filter((column): column is TableColumn<Row> => Boolean(column));
  const table = (
    <table className={withClass('govuk-table', className)} data-testid={testId}>
      <caption className={captionClass(captionSize)} id={captionId}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={withClass(
                column.numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header',
                column.headerClassName,
              )}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
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
                      className={withClass(
                        column.numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header',
                        column.cellClassName,
                      )}
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
  // A caption of plain text names the region in the server's markup too, before any script runs.
  const label = captionId === undefined && typeof caption === 'string' ? caption : undefined;
  return scrolls ? (
    <TableRegion labelledBy={captionId} label={label}>
      {table}
    </TableRegion>
  ) : (
    table
  );
}
