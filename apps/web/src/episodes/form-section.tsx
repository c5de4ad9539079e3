import type { ReactNode } from 'react';

/** A titled part of a long form; the h2 lets screen-reader users jump between parts. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-4">
      <h2 className="h5 border-bottom pb-1 mb-3">{title}</h2>
      {children}
    </section>
  );
}
