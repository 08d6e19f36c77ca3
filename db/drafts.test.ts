import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_MAX_CHARS } from '../lib/drafts';
import { NotFound } from '../lib/errors';
import { saveDraftSchema } from '../lib/schemas/drafts';
import { TEXT_LIMITS } from '../lib/text-limits';
import { discardDraft, findDraftFor, getDraft, listDrafts, saveDraft, settleDraft } from './drafts';
import { createStaff, createTestDatabase } from './test-database';
import type { Viewer } from '../lib/policy';

let testDb: ReturnType<typeof createTestDatabase>;
let admin: Viewer, manager: Viewer, author: Viewer, colleague: Viewer;

beforeEach(() => {
  testDb = createTestDatabase();
  ({ admin, manager, author, colleague } = createStaff(testDb.db, { manager: 'manager', author: 'officer', colleague: 'officer' }));
});
afterEach(() => testDb.close());

const draft = (fields: Record<string, unknown>) => saveDraftSchema.parse({ form: 'meeting', label: 'Chambers', payload: '{"title":"Chambers"}', ...fields });

describe('drafts', () => {
  it('are read back by their author only, whatever the role of anyone else', () => {
    const saved = saveDraft({ db: testDb.db, viewer: author, draft: draft({ payload: '{"title":"Restricted talks","confidentiality":"restricted"}' }) });
    expect(getDraft({ db: testDb.db, viewer: author, id: saved.id }).payload).toContain('Restricted talks');
    for (const other of [colleague, manager, admin]) {
      expect(() => getDraft({ db: testDb.db, viewer: other, id: saved.id })).toThrow(NotFound);
      expect(listDrafts({ db: testDb.db, viewer: other })).toEqual([]);
      expect(() => discardDraft({ db: testDb.db, viewer: other, id: saved.id })).toThrow(NotFound);
    }
    expect(listDrafts({ db: testDb.db, viewer: author }).map((d) => d.label)).toEqual(['Chambers']);
  });

  it('update in place, and a save naming someone else’s draft creates one of the viewer’s own instead', () => {
    const first = saveDraft({ db: testDb.db, viewer: author, draft: draft({}) });
    const again = saveDraft({
      db: testDb.db,
      viewer: author,
      draft: draft({ draftId: String(first.id), label: 'Chambers of commerce', payload: '{"title":"Chambers of commerce"}' }),
    });
    expect(again.id).toBe(first.id);
    expect(listDrafts({ db: testDb.db, viewer: author })).toHaveLength(1);
    const hijack = saveDraft({ db: testDb.db, viewer: colleague, draft: draft({ draftId: String(first.id), payload: '{"title":"overwritten"}' }) });
    expect(hijack.id).not.toBe(first.id);
    expect(getDraft({ db: testDb.db, viewer: author, id: first.id }).payload).toContain('Chambers of commerce');
  });

  it('keep one draft per record being edited, and any number of new ones', () => {
    saveDraft({ db: testDb.db, viewer: author, draft: draft({ targetId: '12', payload: '{"title":"first"}' }) });
    saveDraft({ db: testDb.db, viewer: author, draft: draft({ targetId: '12', payload: '{"title":"second"}' }) });
    saveDraft({ db: testDb.db, viewer: author, draft: draft({}) });
    saveDraft({ db: testDb.db, viewer: author, draft: draft({}) });
    expect(findDraftFor({ db: testDb.db, viewer: author, form: 'meeting', targetId: 12 })?.payload).toBe('{"title":"second"}');
    expect(listDrafts({ db: testDb.db, viewer: author })).toHaveLength(3);
    expect(listDrafts({ db: testDb.db, viewer: author, form: 'meeting' })).toHaveLength(2);
  });

  it('are gone once discarded, or settled by the save they became', () => {
    const a = saveDraft({ db: testDb.db, viewer: author, draft: draft({}) });
    const b = saveDraft({ db: testDb.db, viewer: author, draft: draft({}) });
    discardDraft({ db: testDb.db, viewer: author, id: a.id });
    settleDraft(testDb.db, colleague, b.id); // not theirs: nothing happens
    expect(listDrafts({ db: testDb.db, viewer: author }).map((d) => d.id)).toEqual([b.id]);
    settleDraft(testDb.db, author, b.id);
    expect(listDrafts({ db: testDb.db, viewer: author })).toEqual([]);
  });
});

describe('a draft as sent by a form', () => {
  it('must be a JSON object of bounded size', () => {
    expect(saveDraftSchema.safeParse({ form: 'meeting', payload: '[1,2]' }).success).toBe(false);
    expect(saveDraftSchema.safeParse({ form: 'meeting', payload: 'not json' }).success).toBe(false);
    expect(saveDraftSchema.safeParse({ form: 'meeting', payload: JSON.stringify({ summary: 'x'.repeat(DRAFT_MAX_CHARS) }) }).success).toBe(false);
    // A meeting with its source readout and both long texts full fits.
    const full = { summary: 'x'.repeat(TEXT_LIMITS.summary), outcome: 'x'.repeat(TEXT_LIMITS.outcome), sourceText: 'Line\n'.repeat(TEXT_LIMITS.readout / 5) };
    expect(saveDraftSchema.safeParse({ form: 'meeting', payload: JSON.stringify(full) }).success).toBe(true);
    expect(saveDraftSchema.safeParse({ form: 'secret', payload: '{}' }).success).toBe(false);
    expect(saveDraftSchema.parse({ form: 'meeting', payload: '{}', label: 'Line\u0000one\nand two' }).label).toBe('Line one and two');
  });
});
