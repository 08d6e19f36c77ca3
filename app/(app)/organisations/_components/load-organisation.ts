import 'server-only';
import { notFound } from 'next/navigation';
import { getOrganisation } from '@/db/organisations';
import { NotFound } from '@/lib/errors';
import { recordId } from '@/lib/schemas/common';

export function loadOrganisation(rawId: string) {
  const id = recordId.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return getOrganisation({ id: id.data });
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
