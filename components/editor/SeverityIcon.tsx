import type { Severity } from '@/lib/engine/types';

export const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** Shape and colour both tell the severity apart (not colour alone). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`wb-severity-icon wb-severity-${severity}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {severity === 'error' ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="var(--bg)" strokeWidth="1.8" strokeLinecap="round" />
        </>
      ) : severity === 'warning' ? (
        <>
          <path d="M8 1.2l7 13H1z" fill="currentColor" />
          <path d="M8 5.8v4M8 12v.2" stroke="var(--bg)" strokeWidth="1.8" strokeLinecap="round" />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M8 7.2v4.4M8 4.6v.2" stroke="var(--bg)" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
