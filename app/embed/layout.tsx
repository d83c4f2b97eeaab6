import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ProgressRoot } from '@/components/progress/ProgressRoot';
import { EmbedBridge } from '@/components/embed/EmbedBridge';
import './embed.css';

// Embeds are for iframes on other sites: no site chrome, one main landmark, a compact frame.
// They keep their progress in this origin's storage (partitioned or blocked in some browsers:
// the store then says it cannot remember and everything else works).
export const metadata: Metadata = { robots: { index: false } };

const FRAME_ID = 'embed-frame';

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <div className="embed" id={FRAME_ID}>
      <main id="main" className="embed-main" tabIndex={-1}>
        <ProgressRoot />
        {children}
      </main>
      <EmbedBridge frameId={FRAME_ID} />
    </div>
  );
}
