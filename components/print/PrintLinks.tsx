'use client';

import { useEffect } from 'react';
import { usePathname } from 'next/navigation';

/**
 * Gives every step heading's link its absolute URL (`data-print-url`), which the print styles
 * write after the step's title, so a printed handout says where each step lives online.
 * Without JavaScript the print styles fall back to the link's `#step-id`.
 */
export function PrintLinks() {
  const pathname = usePathname();
  useEffect(() => {
    const mark = () => {
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a.step-anchor[href^="#"]')) {
        const url = new URL(link.getAttribute('href')!, window.location.href);
        url.search = '';
        link.dataset.printUrl = url.href;
      }
    };
    mark();
    window.addEventListener('beforeprint', mark);
    return () => window.removeEventListener('beforeprint', mark);
  }, [pathname]);
  return null;
}
