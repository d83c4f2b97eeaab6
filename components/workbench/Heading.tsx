import type { ReactNode } from 'react';

/** A heading whose level depends on where the workbench sits (h2 in the playground, h3 beside a lesson). */
export function Heading({ level, id, className, children }: { level: 2 | 3; id?: string; className?: string; children: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
