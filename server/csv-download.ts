import 'server-only';
import { openSnapshot } from '../db/client';
import type { Database } from '../db/connection';
import { type CsvColumn, csvLines, toCsv } from '../lib/csv';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A CSV download read in batches from a snapshot of the database, one batch per turn of the event
 * loop: other requests are served in between (a 10k-meeting export was half a second during which
 * nobody else was answered), and the file is one consistent state of the records. The first batch
 * is read before answering, so a refusal or a bad filter is still an HTTP status, not a broken file.
 */
export function csvDownload<T>({ filename, columns, read }: { filename: string; columns: CsvColumn<T>[]; read: (db: Database) => Iterator<T[]> }): Response {
  const snapshot = openSnapshot();
  let batches: Iterator<T[]>;
  let batch: IteratorResult<T[]>;
  try {
    batches = read(snapshot.db);
    batch = batches.next();
  } catch (error) {
    snapshot.close();
    throw error;
  }
  const encoder = new TextEncoder();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!first) {
          await nextTurn();
          batch = batches.next();
        }
        const text = (first ? toCsv(columns, []) : '') + (batch.done ? '' : csvLines(columns, batch.value));
        first = false;
        if (text) controller.enqueue(encoder.encode(text));
        if (batch.done) {
          snapshot.close();
          controller.close();
        }
      } catch (error) {
        snapshot.close();
        controller.error(error);
      }
    },
    cancel() {
      batches.return?.(undefined);
      snapshot.close();
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
