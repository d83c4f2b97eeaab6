'use client';

import { createContext, useContext, type ReactNode } from 'react';

/**
 * next/dynamic's `loading` component takes no props; the build-time rendering of the workbench
 * reaches it through this context, so the page shows the same panels while the chunk loads.
 */
export const StaticFallback = createContext<ReactNode>(null);

export function StaticFallbackView() {
  return <>{useContext(StaticFallback)}</>;
}
