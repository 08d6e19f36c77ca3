'use client';

import { useContactSearch } from '@/components/contact-quick-add';
import { useCommonWords } from '@/components/common-words';
import { withQueryProvider } from '@/components/query-provider';

/** While a new contact's name is typed: the contacts with a similar name, so none is entered twice. */
export const SimilarContacts = withQueryProvider(function SimilarContacts({ name }: { name: string }) {
  const similar = useContactSearch(name);
  const { similarContacts: words } = useCommonWords();
  if (!similar.data?.length) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" aria-live="polite">
      <p className="font-medium">{words.heading}</p>
      <ul className="mt-1 list-disc pl-5">
        {similar.data.map((contact) => (
          <li key={contact.id}>
            <a href={`/contacts/${contact.id}`} className="text-brand-700 underline">
              {contact.name}
            </a>
            {contact.organisationName && ` (${contact.organisationName})`}
          </li>
        ))}
      </ul>
    </div>
  );
});
