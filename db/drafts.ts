import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DraftForm } from '../lib/drafts';
import { NotFound } from '../lib/errors';
import type { DraftInput } from '../lib/schemas/drafts';
import { recordAuditEvent } from './audit';
import { getDb } from './client';
import type { Database, Executor } from './connection';
import { drafts } from './schema';
import type { Viewer } from '../lib/policy';

type WithDb = { db?: Database };

export type DraftSummary = { id: number; form: DraftForm; targetId: number | null; label: string; createdAt: Date; updatedAt: Date };
export type Draft = DraftSummary & { payload: string };

const summaryColumns = {
  id: drafts.id,
  form: drafts.form,
  targetId: drafts.targetId,
  label: drafts.label,
  createdAt: drafts.createdAt,
  updatedAt: drafts.updatedAt,
};

/** Only the author's own drafts: a draft someone else wrote is "not found", whatever the viewer's role. */
const ownedBy = (viewer: Viewer) => eq(drafts.userId, viewer.id);

/**
 * Keeps what the viewer is writing. A draft is never refused for being stale or gone: one
 * discarded in another tab, or a second draft of the same record's form, is written over or
 * created anew, so the text on screen always ends up on the server.
 */
export function saveDraft({ viewer, draft, db = getDb() }: { viewer: Viewer; draft: DraftInput } & WithDb): DraftSummary {
  const now = new Date();
  const fields = { label: draft.label, payload: draft.payload, updatedAt: now };
  return db.transaction(
    (tx) => {
      const existing =
        (draft.draftId !== null &&
          tx
            .select({ id: drafts.id })
            .from(drafts)
            .where(and(eq(drafts.id, draft.draftId), ownedBy(viewer), eq(drafts.form, draft.form)))
            .get()) ||
        (draft.targetId !== null &&
          tx
            .select({ id: drafts.id })
            .from(drafts)
            .where(and(ownedBy(viewer), eq(drafts.form, draft.form), eq(drafts.targetId, draft.targetId)))
            .get()) ||
        undefined;
      if (existing) return tx.update(drafts).set(fields).where(eq(drafts.id, existing.id)).returning(summaryColumns).get();
      const created = tx
        .insert(drafts)
        .values({ ...fields, userId: viewer.id, form: draft.form, targetId: draft.targetId, createdAt: now })
        .returning(summaryColumns)
        .get();
      // That a draft exists, never what it says: the audit log is read by admins, the draft by its author alone.
      recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'draft.create',
        entityType: 'draft',
        entityId: created.id,
        changes: { form: [null, draft.form], targetId: [null, draft.targetId] },
      });
      return created;
    },
    { behavior: 'immediate' },
  );
}

export function getDraft({ viewer, id, db = getDb() }: { viewer: Viewer; id: number } & WithDb): Draft {
  const draft = db
    .select({ ...summaryColumns, payload: drafts.payload })
    .from(drafts)
    .where(and(eq(drafts.id, id), ownedBy(viewer)))
    .get();
  if (!draft) throw new NotFound('This draft does not exist or is not yours.');
  return draft;
}

/** The viewer's draft of one record's form (an edit of meeting 12), or of any new record when `targetId` is null. */
export function findDraftFor({ viewer, form, targetId, db = getDb() }: { viewer: Viewer; form: DraftForm; targetId: number } & WithDb): Draft | undefined {
  return db
    .select({ ...summaryColumns, payload: drafts.payload })
    .from(drafts)
    .where(and(ownedBy(viewer), eq(drafts.form, form), eq(drafts.targetId, targetId)))
    .get();
}

/** Every draft of the viewer's, newest first: old ones stay listed until their author discards them. */
export function listDrafts({ viewer, form, db = getDb() }: { viewer: Viewer; form?: DraftForm } & WithDb): DraftSummary[] {
  const onlyNew = form ? and(eq(drafts.form, form), isNull(drafts.targetId)) : undefined;
  return db
    .select(summaryColumns)
    .from(drafts)
    .where(and(ownedBy(viewer), onlyNew))
    .orderBy(desc(drafts.updatedAt), desc(drafts.id))
    .all();
}

/** Removes one of the viewer's drafts: when they discard it, or inside the transaction that saved what it became. */
export function discardDraft({ viewer, id, db = getDb() }: { viewer: Viewer; id: number; db?: Database }): void {
  db.transaction(
    (tx) => {
      const removed = tx
        .delete(drafts)
        .where(and(eq(drafts.id, id), ownedBy(viewer)))
        .run().changes;
      if (removed === 0) throw new NotFound('This draft does not exist or is not yours.');
      recordAuditEvent(tx, { actorId: viewer.id, action: 'draft.discard', entityType: 'draft', entityId: id });
    },
    { behavior: 'immediate' },
  );
}

/** After a save: the draft it came from is done with. Silent when there was none (or it was discarded meanwhile). */
export function settleDraft(executor: Executor, viewer: Viewer, id: number | null | undefined): void {
  if (id)
    executor
      .delete(drafts)
      .where(and(eq(drafts.id, id), ownedBy(viewer)))
      .run();
}
