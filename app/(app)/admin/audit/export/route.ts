import { auditEventsAsJsonLines } from '@/db/audit';
import { openSnapshot } from '@/db/client';
import { recordId } from '@/lib/schemas/common';
import { defineRoute } from '@/server/route';

/**
 * The audit log as JSON lines (`?after=<id>` for what follows the last event already shipped), for
 * a ministry's log system: see "Shipping the audit log" in the README. Read from one snapshot.
 */
export const GET = defineRoute('audit:read', (request) => {
  const after = new URL(request.url).searchParams.get('after');
  const afterId = after === null ? 0 : recordId.safeParse(after).data;
  if (afterId === undefined) return Response.json({ error: '“after” must be the id of an audit event.' }, { status: 400 });
  const snapshot = openSnapshot();
  const lines = auditEventsAsJsonLines({ afterId, db: snapshot.db });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = lines.next();
      if (next.done) {
        snapshot.close();
        controller.close();
      } else controller.enqueue(encoder.encode(next.value));
    },
    cancel: () => snapshot.close(),
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Content-Disposition': `attachment; filename="audit-log-after-${afterId}.jsonl"` },
  });
});
