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

// lib/'s rooms, lowest first: a room imports only rooms below it (docker/ holds the Docker facts
// the engine and the simulator both need). Rooms not listed (content, exercises, quiz, progress,
// links, embed) sit above all of these.
const ROOMS = ['docker', 'engine', 'simulator', 'workspace', 'workbench'];
const UPPER_ROOMS = ['content', 'exercises', 'quiz', 'progress', 'links', 'embed'];
const UP = ['../', '../../', '../../../', '../../../../'];

function roomRules(room) {
  const above = [...ROOMS.slice(ROOMS.indexOf(room) + 1), ...UPPER_ROOMS];
  return {
    files: [`lib/${room}/**/*.{ts,tsx,js,mjs}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: LIB_FORBIDDEN.paths,
          patterns: [
            ...LIB_FORBIDDEN.patterns,
            {
              // Relative paths up to lib/ from any depth, never `**/name` (simulator/build has a progress.ts).
              group: above.flatMap((r) => [`@/lib/${r}`, `@/lib/${r}/*`, ...UP.flatMap((up) => [`${up}${r}`, `${up}${r}/*`])]),
              message: `lib/${room} is below ${above.join(', ')}: a lower room never imports a higher one.`,
            },
          ],
        },
      ],
    },
  };
}

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
  ...ROOMS.map(roomRules),
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
