import { Table, type TableProps } from 'antd';
import { CursorPager } from './CursorPager';
import { rowTestId } from './testids';
import type { CursorPages } from './useCursorPages';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- antd's own bound for a Table row (AnyObject)
type Row = Record<PropertyKey, any>;

type PagedTableProps<T extends Row> = Omit<
  TableProps<T>,
  'dataSource' | 'loading' | 'pagination' | 'onRow'
> & {
  /** The pages from useCursorPages: rows, loading state and the cursor stack. */
  list: CursorPages<T>;
  /** `data-testid` of the table; every row gets `rowTestId`. */
  testId: string;
  rowTestId: string;
};

/**
 * An antd Table showing one page of a cursor-paginated list, with the CursorPager below it. The
 * server pages (nextPageToken), so the table's own pagination is off.
 */
export function PagedTable<T extends Row>({ list, testId, rowTestId: rowId, ...table }: PagedTableProps<T>) {
  return (
    <>
      <Table<T>
        size="middle"
        {...table}
        loading={list.query.isFetching}
        dataSource={list.items}
        pagination={false}
        data-testid={testId}
        onRow={rowTestId(rowId)}
      />
      <CursorPager
        page={list.page}
        hasPrev={list.hasPrev}
        hasNext={list.hasNext}
        onPrev={list.prev}
        onNext={list.next}
      />
    </>
  );
}
