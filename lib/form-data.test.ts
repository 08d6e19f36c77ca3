import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toObject } from './form-data';

describe('a form post as fields', () => {
  it('gathers repeated fields into lists and leaves out React’s own', () => {
    const form = new FormData();
    form.append('title', 'Talks');
    form.append('countries', 'BE');
    form.append('countries', 'LU');
    form.append('$ACTION_ID_abc', '');
    expect({ ...toObject(form) }).toEqual({ title: 'Talks', countries: ['BE', 'LU'] });
  });

  it('treats a field named __proto__ as a field: the object keeps no prototype to pollute', () => {
    const form = new FormData();
    form.append('__proto__', 'polluted');
    form.append('__proto__', 'twice');
    form.append('title', 'Talks');
    const fields = toObject(form);
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(fields.__proto__).toEqual(['polluted', 'twice']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Schemas read it as any other object, unknown keys dropped.
    expect(z.object({ title: z.string() }).parse(fields)).toEqual({ title: 'Talks' });
  });
});
