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
  run(input, { viewer }) {
    const contact = createContact({ actorId: viewer.id, input });
    revalidatePath('/contacts');
    return { id: contact.id, name: contact.name, title: contact.title, organisationName: contact.organisationName };
  },
});

export const updateContactAction = defineAction({
  access: 'contact:edit',
  schema: editContactSchema,
  run({ contactId, version, ...input }, { viewer }) {
    updateContact({ actorId: viewer.id, id: contactId, version, input });
    revalidatePath('/contacts');
    redirect(`/contacts/${contactId}`);
  },
});

export const mergeContactsAction = defineAction({
  access: 'contact:merge',
  schema: mergeContactsSchema,
  run({ keepContactId, duplicateContactId }, { viewer }) {
    mergeContacts({ actorId: viewer.id, keepId: keepContactId, duplicateId: duplicateContactId });
    revalidatePath('/contacts');
    redirect(`/contacts/${keepContactId}?merged=1`);
  },
});
