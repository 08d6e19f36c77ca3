import fs from 'node:fs';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { readoutRules } from './scripts/eslint-rules.mjs';

// Imports flow one way: app → components, server → db → lib (see docs/decisions/0001-layout-and-authorization.md).
const layers = {
  target: './lib',
  from: ['./app', './components', './server', './db'],
  message: 'lib/ is pure domain code: it imports nothing of ours but lib/.',
};

// A route's files are its own: what several routes use lives in app/(app)/_components, components/,
// server/ or lib/. Only a route's server actions (endpoints, called by id) may be used by another.
const routes = ['app/(app)', 'app/(auth)'].flatMap((group) =>
  fs
    .readdirSync(group, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => `./${group}/${entry.name}`),
);
const ownRouteFiles = routes.map((route) => ({
  target: route,
  from: routes.filter((other) => other !== route),
  except: ['./actions.ts'],
  message: 'One route does not import another route’s files: move what both use to app/(app)/_components, components/, server/ or lib/.',
}));

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { readout: readoutRules },
    rules: {
      'readout/server-actions-use-wrapper': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            layers,
            ...ownRouteFiles,
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
              message: 'Use Link from @/components/ui/link: a plain anchor that ClientNavigation opens without a reload (decision 0009).',
            },
          ],
        },
      ],
    },
  },
  {
    // Every screen's words come from the message catalogues (messages/en.json, messages/fr.json):
    // a literal left in a component fails lint.
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\p{L}{2,}/u]', message: 'Text on screen comes from the message catalogues (messages/*.json), in every language.' },
        {
          selector: 'JSXAttribute[name.name=/^(label|title|placeholder|aria-label|hint|empty|pendingLabel|description|alt)$/] > Literal[value=/\\p{L}{2,}/u]',
          message: 'Text on screen comes from the message catalogues (messages/*.json), in every language.',
        },
      ],
    },
  },
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**', 'next-env.d.ts'] },
];

export default config;
