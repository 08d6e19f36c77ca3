import 'server-only';
import { cache } from 'react';
import { getPost } from '@/db/posts';
import type { Viewer } from '@/lib/policy';
import { loadOr404 } from '@/server/load-or-404';

/** The post of the URL, or the 404 page; read once per request (title and page). */
export const loadPost = cache((viewer: Viewer, rawId: string) => loadOr404(rawId, (id) => getPost({ viewer, id })));
