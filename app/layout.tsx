import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { themeScript } from '@/components/theme/theme-script';
import { ServiceWorkerRegistration } from '@/components/offline/ServiceWorkerRegistration';
import './globals.css';
import './print.css';

export const metadata: Metadata = {
  title: { default: 'Layerwise: learn how Docker images are built', template: '%s · Layerwise' },
  description: 'An interactive course on Docker images and Dockerfiles: layers, FROM, COPY, RUN, CMD, the build context and the cache.',
  applicationName: 'Layerwise',
  // public/: the web app manifest and its icons (scripts/make-icons.mjs draws them).
  manifest: '/manifest.webmanifest',
  icons: {
    icon: [
      { url: '/icons/icon.svg', type: 'image/svg+xml' },
      { url: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    ],
    apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        {children}
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
