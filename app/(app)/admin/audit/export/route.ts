import { getTranslations } from 'next-intl/server';
import { auditEventsAsJsonLines } from '@/db/audit';
import { recordId } from '@/lib/schemas/common';
import { snapshotDownload } from '@/server/downloads';
import { defineRoute } from '@/server/route';

/**
 * The audit log as JSON lines (`?after=<id>` for what follows the last event already shipped), for
 * a ministry's log system: see "Shipping the audit log" in the README. Read from one snapshot.
 */
export const GET = defineRoute('audit:read', async (request) => {
  const after = new URL(request.url).searchParams.get('after');
  const afterId = after === null ? 0 : recordId.safeParse(after).data;
  const t = await getTranslations('csv.audit');
  if (afterId === undefined) return Response.json({ error: t('badAfter') }, { status: 400 });
  return snapshotDownload({
    filename: t('filename', { id: afterId }),
    contentType: 'application/x-ndjson; charset=utf-8',
    chunks: (db) => auditEventsAsJsonLines({ afterId, db }),
  });
});
