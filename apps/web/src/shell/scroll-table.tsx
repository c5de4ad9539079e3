import type { ReactNode } from 'react';
import Table, { type TableProps } from 'react-bootstrap/Table';

/**
 * A table that scrolls sideways when it is wider than the screen, in a box that takes keyboard focus
 * and is named, so that someone without a mouse or touch can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({
  label,
  children,
  className,
  ...table
}: Omit<TableProps, 'responsive'> & { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard
    <section className={`table-responsive ${className ?? ''}`} tabIndex={0} aria-label={label}>
      <Table {...table} className="mb-0">
        {children}
      </Table>
    </section>
  );
}
