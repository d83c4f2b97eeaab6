import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without prefetching. By default Next prefetches every route a visible link points to
 * (its payload and its JavaScript): the header alone made each page fetch and evaluate the
 * playground's, the exam's and the progress page's code during load, which on a phone blocks the
 * main thread for hundreds of milliseconds (Lighthouse's Total Blocking Time). A click still
 * navigates on the client; it just fetches then. Every link on the site goes through here (lint).
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
