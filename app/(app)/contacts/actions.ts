'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createContact, mergeContacts, updateContact } from '@/db/contacts';
import { contactSchema, editContactSchema, mergeContactsSchema } from '@/lib/schemas/meetings';
import { defineAction } from '@/server/action';

/** Returns the new contact (the meeting form adds it to the counterparts at once). */
export const createContactAction = defineAction({
  access: 'contact:create',
  schema: contactSchema,
  run(input, { user }) {
    const contact = createContact({ actorId: user.id, input });
    revalidatePath('/contacts');
    return { id: contact.id, name: contact.name, title: contact.title, organisationName: contact.organisationName };
  },
});

export const updateContactAction = defineAction({
  access: 'contact:edit',
  schema: editContactSchema,
  run({ contactId, version, ...input }, { user }) {
    updateContact({ actorId: user.id, id: contactId, version, input });
    revalidatePath('/contacts');
    redirect(`/contacts/${contactId}`);
  },
});

export const mergeContactsAction = defineAction({
  access: 'contact:merge',
  schema: mergeContactsSchema,
  run({ keepContactId, duplicateContactId }, { user }) {
    mergeContacts({ actorId: user.id, keepId: keepContactId, duplicateId: duplicateContactId });
    revalidatePath('/contacts');
    redirect(`/contacts/${keepContactId}?merged=1`);
  },
});
