import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/SiteChrome';

// The site's pages share the header, the main landmark and the footer. The embeds under
// app/embed/ live outside this group so that an iframe shows no site chrome.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
