import 'server-only';
import { getTranslations } from 'next-intl/server';
import { PASSWORD_MIN_LENGTH } from '@/lib/schemas/common';
import type { PasswordLabels } from './password-choice';

/** The words of the password choice and of a generated password, for the create and reset forms. */
export async function passwordLabels(): Promise<PasswordLabels> {
  const t = await getTranslations('admin.accounts.password');
  return {
    password: {
      generate: t('generate'),
      type: t('type'),
      newPassword: t('newPassword'),
      hint: t('hint', { count: PASSWORD_MIN_LENGTH }),
      generatedFor: t.raw('generatedFor') as string,
    },
  };
}
