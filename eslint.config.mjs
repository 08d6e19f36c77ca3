import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Imports flow one way: app → components, server → db → lib (see docs/decisions/0001-layout.md).
const layers = {
  target: './lib',
  from: ['./app', './components', './server', './db'],
  message: 'lib/ is pure domain code: it imports nothing of ours but lib/.',
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            layers,
            {
              target: './db',
              from: ['./app', './components', './server'],
              message: 'db/ must not depend on request or UI code.',
            },
            {
              target: './server',
              from: ['./app', './components'],
              message: 'server/ holds request helpers; routes and UI depend on it, not the reverse.',
            },
            {
              target: './components',
              from: ['./app', './db'],
              message: 'Shared components get data as props or through server actions, never from db/.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: 'Use Link from @/components/ui/link: a plain anchor that ClientNavigation opens without a reload (decisions 0008, 0019).',
            },
          ],
        },
      ],
    },
  },
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**', 'next-env.d.ts'] },
];

export default config;
