import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// lib/ is the pure core: text in, data out. It must never depend on the UI layers.
const LIB_FORBIDDEN = {
  paths: [
    { name: 'react', message: 'lib/ is the pure core: no React.' },
    { name: 'react-dom', message: 'lib/ is the pure core: no React.' },
    { name: 'next', message: 'lib/ is the pure core: no Next.js.' },
    { name: 'monaco-editor', message: 'lib/ is the pure core: Monaco belongs in components/.' },
  ],
  patterns: [
    { group: ['react/*', 'react-dom/*', 'next/*', 'monaco-editor/*', '@monaco-editor/*'], message: 'lib/ is the pure core: no React, Next or Monaco.' },
    { group: ['@/components/*', '@/app/*', '**/components/*', '**/app/*'], message: 'lib/ must not import from components/ or app/.' },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.tmp/**', '.next*/**', 'out/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.bench/**', 'lib/engine/parse/__fixtures__/**'],
  },
  {
    files: ['lib/**/*.{ts,tsx,js,mjs}'],
    rules: { 'no-restricted-imports': ['error', LIB_FORBIDDEN] },
  },
  {
    // Links go through components/layout/Link.tsx, which turns off route prefetching (see there).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['components/layout/Link.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Use '@/components/layout/Link' (no prefetching on load)." }] }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
