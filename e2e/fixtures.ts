import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every test records the requests the page makes and fails if any leaves the site's own origin:
 * Layerwise must work with no network at all (no CDN, no fonts, no analytics).
 */
export const test = base.extend<{ offsiteRequests: string[]; allowedOrigins: string[] }>({
  /** Other origins a spec itself serves (e2e/embed.spec.ts: the page that holds an embed's iframe). */
  allowedOrigins: [[], { option: true }],
  offsiteRequests: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const origins = new Set([new URL(baseURL!).origin, ...allowedOrigins]);
      const offsite: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
        if (!origins.has(new URL(url).origin)) offsite.push(url);
      });
      await use(offsite);
      expect(offsite, 'requests that left the site origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * axe-core with every rule it has, the best-practice ones included (landmarks, regions, heading
 * order), not only the WCAG 2.1 A/AA tags; returns the violations (expect them to be empty).
 */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5), help: v.help }));
}
