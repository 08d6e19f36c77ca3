import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/locale';
import {
  type AuditWords,
  auditActions,
  auditRecordTypes,
  describeAuditAction,
  describeAuditRecord,
  describeAuditRecordType,
  refusalRecordTypes,
} from './describe';

const root = path.resolve(__dirname, '../../../..');
type Catalogue = { [key: string]: string | Catalogue };
const read = (locale: string) => JSON.parse(fs.readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8')) as Catalogue;

const wordsIn = (locale: string): AuditWords =>
  createTranslator({ locale, messages: read(locale), namespace: 'auditLog', onError: () => {} }) as unknown as AuditWords;

/** Every file under `dir` whose name ends in .ts or .tsx, tests aside. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}
const code = ['db', 'server', 'lib', 'app'].flatMap(sources).map((file) => fs.readFileSync(file, 'utf8'));

describe('the audit log in words', () => {
  it('describes every action the app writes, in every language', () => {
    for (const locale of locales) {
      const t = wordsIn(locale);
      for (const action of auditActions) expect(describeAuditAction(action, t), `${locale} ${action}`).toMatch(/\p{L}{2,}/u);
    }
    expect(describeAuditAction('account.create', wordsIn('en'))).toBe('Account created');
    expect(describeAuditAction('account.create', wordsIn('fr'))).toBe('Compte créé');
    expect(describeAuditAction('sign-in.failed', wordsIn('fr'))).toBe('Échec de connexion');
    expect(describeAuditAction('post.hand-over', wordsIn('en'))).toBe('Post handed over');
    expect(describeAuditAction('post.hand-over', wordsIn('fr'))).toBe('Passation du poste');
  });

  it('has words only for actions the list names', () => {
    // Keyed by the code's two parts: "follow-up.due-date" is actions → follow-up → due-date.
    const actions = (read('en').auditLog as Catalogue).actions as Record<string, Record<string, string>>;
    const worded = Object.entries(actions).flatMap(([noun, verbs]) => Object.keys(verbs).map((verb) => `${noun}.${verb}`));
    expect(worded.sort()).toEqual([...auditActions].sort());
  });

  it('lists every action code and record type written in the code', () => {
    const written = new Set(code.flatMap((text) => [...text.matchAll(/action: '([a-z-]+\.[a-z-]+)'/g)].map((match) => match[1]!)));
    expect(written.size).toBeGreaterThan(40);
    for (const action of written) expect(auditActions, action).toContain(action);
    const types = new Set(code.flatMap((text) => [...text.matchAll(/entityType: '([a-z_]+)'/g)].map((match) => match[1]!)));
    expect(types.size).toBeGreaterThan(10);
    for (const type of types) expect(auditRecordTypes, type).toContain(type);
  });

  it('words every record type, in every language', () => {
    for (const locale of locales) {
      const t = wordsIn(locale);
      for (const type of [...auditRecordTypes, ...refusalRecordTypes]) expect(describeAuditRecordType(type, t), `${locale} ${type}`).toMatch(/\p{L}{2,}/u);
    }
  });

  it('names a record by its type and number, or its name', () => {
    expect(describeAuditRecord('meeting', '12', wordsIn('en'))).toBe('Meeting #12');
    expect(describeAuditRecord('meeting', '12', wordsIn('fr'))).toBe('Entretien n°\u00a012');
    expect(describeAuditRecord('follow_up', '3', wordsIn('fr'))).toBe('Suivi n°\u00a03');
    expect(describeAuditRecord('permission', 'audit:read', wordsIn('en'))).toBe('Permission: audit:read');
    expect(describeAuditRecord('country', 'Belgique', wordsIn('fr'))).toBe('Pays\u00a0: Belgique');
  });

  it('leaves a code or record type it has no words for as it stands: nothing to add', () => {
    const t = wordsIn('en');
    expect(describeAuditAction('account.archive', t)).toBeNull();
    expect(describeAuditAction('nothing', t)).toBeNull();
    expect(describeAuditAction('account', t)).toBeNull();
    expect(describeAuditRecordType('widget', t)).toBeNull();
    expect(describeAuditRecord('widget', '4', t)).toBeNull();
  });
});
