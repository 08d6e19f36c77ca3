'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createOrganisation, updateOrganisation } from '@/db/organisations';
import { editOrganisationSchema, organisationSchema } from '@/lib/schemas/meetings';
import { defineAction } from '@/server/action';

export const createOrganisationAction = defineAction({
  access: 'contact:create',
  schema: organisationSchema,
  run(input, { viewer }) {
    const organisation = createOrganisation({ actorId: viewer.id, input });
    revalidatePath('/organisations');
    redirect(`/organisations/${organisation.id}`);
  },
});

export const updateOrganisationAction = defineAction({
  access: 'contact:edit',
  schema: editOrganisationSchema,
  run({ organisationId, version, ...input }, { viewer }) {
    updateOrganisation({ actorId: viewer.id, id: organisationId, version, input });
    revalidatePath('/organisations');
    redirect(`/organisations/${organisationId}`);
  },
});
