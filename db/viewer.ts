import type { Actor } from '../lib/policy';

/** Who is asking. Data-layer reads take it so that what a row may show is decided in the query. */
export type Viewer = Actor;
