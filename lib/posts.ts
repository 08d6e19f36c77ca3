/** What a handover moves from one holder to the next. */
export const handoverItemKinds = ['follow-up', 'contact'] as const;
export type HandoverItemKind = (typeof handoverItemKinds)[number];
