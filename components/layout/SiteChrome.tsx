import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { ProgressRoot } from '@/components/progress/ProgressRoot';
import { PrintLinks } from '@/components/print/PrintLinks';

/** Header, main landmark and footer of every site page (the 404 page included), not of embeds. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <ProgressRoot />
        {children}
      </main>
      <footer className="site-footer">
        <p>Layerwise teaches Docker as BuildKit really behaves. Works offline: nothing here loads from other sites.</p>
      </footer>
      <PrintLinks />
    </>
  );
}
