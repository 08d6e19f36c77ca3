'use server';

import { readReadoutSchema } from '@/lib/schemas/readouts';
import { defineAction } from '@/server/action';
import { proposeFromReadout } from '@/server/readouts';

/** Reads a pasted readout into proposed meetings. Saves nothing: the officer reviews, then keeps drafts. */
export const readReadoutAction = defineAction({
  access: 'meeting:create',
  schema: readReadoutSchema,
  readOnly: true,
  run({ text, published }, { viewer }) {
    return proposeFromReadout({ viewer, text: text.text, published, removedCharacters: text.removed });
  },
});
