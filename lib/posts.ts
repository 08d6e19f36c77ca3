/** What a handover moves from one holder to the next. */
export const handoverItemKinds = ['follow-up', 'contact'] as const;
export type HandoverItemKind = (typeof handoverItemKinds)[number];

/**
 * A record's owner as people read it: a post with its holder ("Economic counsellor (Aigerim Nurlanovna)"), or a person.
 * `post` names the post in the reader's language (server/format.ts `f.post`); the title as stored without it.
 */
export function ownerLabel(
  { ownerName, ownerPostTitle }: { ownerName: string | null; ownerPostTitle: string | null },
  post: (title: string) => string = (title) => title,
): string | null {
  if (ownerPostTitle) return ownerName ? `${post(ownerPostTitle)} (${ownerName})` : post(ownerPostTitle);
  return ownerName;
}
