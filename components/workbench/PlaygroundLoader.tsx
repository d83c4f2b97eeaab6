'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { StaticFallback, StaticFallbackView } from './static-fallback';

// The playground reads the address and localStorage, so it renders only in the browser; the
// build-time rendering of the default Dockerfile stands in while it loads.
const PlaygroundWorkbench = dynamic(() => import('./PlaygroundWorkbench').then((m) => m.PlaygroundWorkbench), { ssr: false, loading: StaticFallbackView });

export function PlaygroundLoader(props: { defaultSource: string; defaultModel: WorkbenchModel | null; staticEditor: ReactNode; editorHeight: string; fallback: ReactNode }) {
  const { fallback, ...rest } = props;
  return (
    <StaticFallback.Provider value={fallback}>
      <PlaygroundWorkbench {...rest} />
    </StaticFallback.Provider>
  );
}
