'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createCooperationArea, markAreasReviewed, setFocusCountry, updateCooperationArea } from '@/db/reference';
import { areaSchema, renameAreaSchema, setAreaActiveSchema, setFocusCountrySchema } from '@/lib/schemas/meetings';
import { defineAction } from '@/server/action';

export const createAreaAction = defineAction({
  access: 'reference:edit',
  schema: areaSchema,
  run({ name, nameFr }, { viewer }) {
    const area = createCooperationArea({ actorId: viewer.id, name, nameFr });
    revalidatePath('/admin/reference');
    return { name: area.name };
  },
});

export const renameAreaAction = defineAction({
  access: 'reference:edit',
  schema: renameAreaSchema,
  run({ areaId, name, nameFr }, { viewer }) {
    updateCooperationArea({ actorId: viewer.id, areaId, changes: { name, nameFr } });
    revalidatePath('/admin/reference');
  },
});

export const setAreaActiveAction = defineAction({
  access: 'reference:edit',
  schema: setAreaActiveSchema,
  run({ areaId, active }, { viewer }) {
    updateCooperationArea({ actorId: viewer.id, areaId, changes: { active } });
    revalidatePath('/admin/reference');
  },
});

export const setFocusCountryAction = defineAction({
  access: 'reference:edit',
  schema: setFocusCountrySchema,
  run({ countryCode, focus }, { viewer }) {
    setFocusCountry({ actorId: viewer.id, code: countryCode, focus });
    revalidatePath('/', 'layout');
  },
});

export const markAreasReviewedAction = defineAction({
  access: 'reference:edit',
  schema: z.object({}),
  run(_input, { viewer }) {
    markAreasReviewed({ actorId: viewer.id });
    // The first-run checklist on home and settings ticks this step.
    revalidatePath('/', 'layout');
  },
});
