import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { translateMessage } = await import('../server/messages');
const french = JSON.parse(fs.readFileSync(path.join(__dirname, 'errors.fr.json'), 'utf8')) as Record<string, string>;

const root = path.join(__dirname, '..');
/** Where validation and refusal messages are written: schemas, the data layer, request helpers, actions and routes. */
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'lib', 'db', 'server', 'app'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$|\/testing\/|test-database|lib\/readouts\/corpus|lib\/env\.ts|lib\/text-limits/.test(file))
  .filter((file) => !file.startsWith('app/') || /\/(actions|route)\.ts$/.test(file));

const labelHelpers = new Set(['singleLine', 'plainText', 'optionalLine', 'optionalLongText', 'calendarDate', 'optionalCalendarDate', 'bounded']);
/** A sentence's shape with its placeholders blanked: `${label} is required.` and "{label} is required." are both "{} is required.". */
const shape = (text: string) => text.replace(/\{[^{}]*\}/g, '{}');

function messagesOfTheCode() {
  const sentences = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const file of sources) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      // Developers' errors (a broken configuration, a bug) are not for the user's eyes.
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && /^(Error|TypeError|console\.\w+)$/.test(node.expression.getText(source))) return;
      if (ts.isCallExpression(node) && labelHelpers.has(node.expression.getText(source)) && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
        labels.set(node.arguments[0].text, file);
      let text: string | undefined;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
      else if (ts.isTemplateExpression(node)) text = node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('');
      if (text === undefined) return ts.forEachChild(node, visit);
      if (/^(\{\}|[A-Z])/.test(text) && / /.test(text) && /[.!?]$/.test(text)) sentences.set(shape(text), file);
    };
    visit(source);
  }
  return { sentences, labels };
}

describe('validation and refusal messages in French', () => {
  const { sentences, labels } = messagesOfTheCode();
  const translated = new Set(Object.keys(french).map(shape));

  it('translate every sentence the code says to a user, and nothing the code no longer says', () => {
    expect(sentences.size).toBeGreaterThan(100);
    const missing = [...sentences].filter(([sentence]) => !translated.has(sentence)).map(([sentence, file]) => `${file}: ${sentence}`);
    expect(missing).toEqual([]);
    const said = new Set([...sentences.keys(), ...labels.keys()]);
    const stale = Object.keys(french).filter((english) => /[.!?]$/.test(english) && / /.test(english) && !said.has(shape(english)));
    expect(stale.filter((english) => !/^(about )?\{count\}/.test(english))).toEqual([]);
  });

  it('name every field a message can name', () => {
    expect([...labels.keys()].filter((label) => !(label in french))).toEqual([]);
  });

  it('keep each placeholder of the English in the French', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [english, text] of Object.entries(french)) expect(names(text), english).toEqual(names(english));
  });

  it('fill a pattern with translated labels, waits and numbers', () => {
    expect(translateMessage('Title is required.', 'fr')).toBe(french['{label} is required.']!.replace('{label}', french.Title!));
    expect(translateMessage('Too many failed codes. Try again in about 2 minutes.', 'fr')).toMatch(/environ 2 minutes/);
    expect(translateMessage('Summary must be at most 20,000 characters.', 'fr')).toContain('20\u202f000');
    expect(translateMessage('Title is required.', 'en')).toBe('Title is required.');
    expect(translateMessage('A sentence nobody wrote.', 'fr')).toBe('A sentence nobody wrote.');
    expect(translateMessage('Firefox on Windows', 'fr')).toBe('Firefox sous Windows');
    expect(
      translateMessage(
        'This text seems to be in German; only English, French, Italian, German and Dutch are read in full. Dates, places and countries are proposed; people, bodies and follow-ups are not.',
        'fr',
      ),
    ).toMatch(/^Ce texte semble rédigé en allemand ;/);
  });
});
