import 'server-only';
import { NextResponse } from 'next/server';
import { AppError } from '../lib/errors';
import { can, type Permission } from '../lib/policy';
import { originOf, withRequestOrigin } from '../lib/request-origin';
import { type SignedInViewer, getViewer } from './current-user';
import { recordRefusal } from './refusals';
import { requestLocale } from './locale';
import { translateMessage } from './messages';

/**
 * The route-handler twin of defineAction: the fresh current viewer and the permission are checked
 * before the handler runs. Anonymous → 401, no permission → 403, typed errors → their status.
 */
export function defineRoute(permission: Permission, handler: (request: Request, context: { viewer: SignedInViewer }) => Promise<Response> | Response) {
  return noStore(async function route(request: Request): Promise<Response> {
    return withRequestOrigin(originOf(request.headers), () => answer(request));
  });

  async function answer(request: Request): Promise<Response> {
    const viewer = await getViewer();
    const refuse = async (message: string, status: number) => NextResponse.json({ error: translateMessage(message, await requestLocale()) }, { status });
    if (!viewer) return refuse('Sign in first.', 401);
    const path = new URL(request.url).pathname;
    if (!can(viewer, permission)) {
      recordRefusal({ viewer, asked: permission, path });
      return refuse('You do not have permission to do this.', 403);
    }
    try {
      return await handler(request, { viewer });
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === 'FORBIDDEN') recordRefusal({ viewer, asked: permission, path, reason: error.message });
        const status = { FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400, BUSY: 503 }[error.code];
        return refuse(error.message, status);
      }
      throw error;
    }
  }
}

/**
 * What a route handler answers is for the person who asked, now: no browser or proxy keeps it
 * (`private, no-store`, unless the handler said otherwise). Every route handler goes through here.
 */
export function noStore<A extends unknown[]>(handler: (...args: A) => Promise<Response> | Response) {
  return async (...args: A): Promise<Response> => {
    const response = await handler(...args);
    if (!response.headers.has('Cache-Control')) {
      try {
        response.headers.set('Cache-Control', 'private, no-store');
      } catch {
        // A response with immutable headers (a redirect made by Response.redirect): copied with the header added.
        const headers = new Headers(response.headers);
        headers.set('Cache-Control', 'private, no-store');
        return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
      }
    }
    return response;
  };
}
