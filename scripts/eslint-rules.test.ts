import { RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import { readoutRules } from './eslint-rules.mjs';

// RuleTester reports through the test framework's describe/it.
Object.assign(RuleTester, { describe, it });

new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } }).run(
  'server-actions-use-wrapper',
  readoutRules.rules['server-actions-use-wrapper'],
  {
    valid: [
      "'use server';\nexport const saveAction = defineAction({ permission: 'meeting:create' });",
      "'use server';\nconst helper = 1;\nexport const a = defineAction({}), b = defineAction({});",
      // Outside a 'use server' file anything may be exported.
      'export function helper() {}\nexport default 1;',
    ],
    invalid: [
      { code: "'use server';\nexport async function leak() {}", errors: [{ messageId: 'wrap' }] },
      { code: "'use server';\nexport const leak = async () => {};", errors: [{ messageId: 'wrap' }] },
      { code: "'use server';\nexport let later = defineAction({});", errors: [{ messageId: 'wrap' }] },
      { code: "'use server';\nconst leak = async () => {};\nexport { leak };", errors: [{ messageId: 'wrap' }] },
      { code: "'use server';\nexport default async function leak() {}", errors: [{ messageId: 'wrap' }] },
      { code: "'use server';\nexport * from './elsewhere';", errors: [{ messageId: 'wrap' }] },
      { code: "'use server';\nexport const a = defineAction({}), leak = other();", errors: [{ messageId: 'wrap' }] },
    ],
  },
);

describe('a translated screen', () => {
  const lint = async (code: string, filePath = 'app/(app)/page.tsx') => {
    const { ESLint } = await import('eslint');
    const [result] = await new ESLint().lintText(code, { filePath });
    return result!.messages.filter((message) => message.ruleId === 'no-restricted-syntax').length;
  };

  it('refuses text and labels written in a component, not the message catalogues', async () => {
    expect(await lint('export const A = () => <p>Welcome back</p>;\n')).toBe(1);
    expect(await lint('export const A = () => <Field name="x" label="Due date" />;\n')).toBe(1);
    expect(await lint("export const A = ({ t }) => <Field name=\"x\" label={t('due')}>{t('intro')} · 3</Field>;\n")).toBe(0);
  });

  it('holds in a route with a parameter, whose brackets a glob would read as a class', async () => {
    expect(await lint('export const A = () => <p>Welcome back</p>;\n', 'app/(app)/posts/[id]/page.tsx')).toBe(1);
  });
});
