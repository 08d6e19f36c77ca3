/** What a handover moves from one holder to the next. */
export const handoverItemKinds = ['follow-up', 'contact'] as const;
export type HandoverItemKind = (typeof handoverItemKinds)[number];

/** A record's owner as people read it: a post with its holder ("Economic counsellor (Aigerim Nurlanovna)"), or a person. */
export function ownerLabel({ ownerName, ownerPostTitle }: { ownerName: string | null; ownerPostTitle: string | null }): string | null {
  if (ownerPostTitle) return ownerName ? `${ownerPostTitle} (${ownerName})` : ownerPostTitle;
  return ownerName;
}
