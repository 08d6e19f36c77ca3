import 'server-only';
import { notFound } from 'next/navigation';
import { NotFound } from '../lib/errors';
import { recordId } from '../lib/schemas/common';

/**
 * For pages: the record named by a URL segment, or the 404 page — for a malformed id, a missing
 * record and a record the viewer may not see alike, so that a URL reveals nothing.
 */
export function loadOr404<T>(rawId: string, load: (id: number) => T): T {
  const id = recordId.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return load(id.data);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
