import 'server-only';
import { openSnapshot } from '../db/client';
import type { Database } from '../db/connection';
import { type CsvColumn, csvLines, toCsv } from '../lib/csv';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A download read piece by piece from a snapshot of the database, one piece per turn of the event
 * loop: other requests are served in between (a 10k-meeting export was half a second during which
 * nobody else was answered), and the file is one consistent state of the records. The first piece
 * is read before answering, so a refusal or a bad filter is still an HTTP status, not a broken file.
 */
export function snapshotDownload({
  filename,
  contentType,
  chunks,
}: {
  filename: string;
  contentType: string;
  chunks: (db: Database) => Iterator<string>;
}): Response {
  const snapshot = openSnapshot();
  let pieces: Iterator<string>;
  let piece: IteratorResult<string>;
  try {
    pieces = chunks(snapshot.db);
    piece = pieces.next();
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
          piece = pieces.next();
        }
        first = false;
        if (!piece.done && piece.value) controller.enqueue(encoder.encode(piece.value));
        if (piece.done) {
          snapshot.close();
          controller.close();
        }
      } catch (error) {
        snapshot.close();
        controller.error(error);
      }
    },
    cancel() {
      pieces.return?.(undefined);
      snapshot.close();
    },
  });
  return new Response(body, {
    headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'private, no-store' },
  });
}

/** A CSV download through snapshotDownload: the header with the first batch, then a batch per piece. */
export function csvDownload<T>({ filename, columns, read }: { filename: string; columns: CsvColumn<T>[]; read: (db: Database) => Iterator<T[]> }): Response {
  return snapshotDownload({
    filename,
    contentType: 'text/csv; charset=utf-8',
    chunks: function* (db) {
      const batches = read(db);
      let header = toCsv(columns, []);
      for (let batch = batches.next(); !batch.done; batch = batches.next()) {
        yield header + csvLines(columns, batch.value);
        header = '';
      }
      if (header) yield header;
    },
  });
}
