import 'server-only';
import type { Metadata } from 'next';
import { can, type Permission } from '../lib/policy';
import { type SignedInViewer, getViewer } from './current-user';

/**
 * A record page's title: the record's own name ("Energy dialogue · Readout"), so that tabs, history
 * and screen readers tell one meeting from another; the generic `fallback` when the visitor may not
 * see it (the page itself then answers 404 or sign-in). `titleFor` should read through the page's
 * own cached loader, so the record is read once per request.
 */
export async function recordTitle(permission: Permission, fallback: string, titleFor: (viewer: SignedInViewer) => string): Promise<Metadata> {
  const viewer = await getViewer();
  if (!can(viewer, permission)) return { title: fallback };
  try {
    return { title: titleFor(viewer!) };
  } catch {
    return { title: fallback };
  }
}
