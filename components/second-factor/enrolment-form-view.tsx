'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action-result';
import { RecoveryCodes } from './recovery-codes';

export type Enrol = (previous: unknown, payload: FormData) => Promise<ActionResult<{ recoveryCodes: string[]; continueTo: string }>>;
export type Offer = { secret: string; expires: string; seal: string };
export type EnrolmentLabels = { open: string; scan: string; qr: string; typeKey: string; enter: string; code: string; checking: string; submit: string };

/**
 * Setting up an authenticator app: scan the QR code (or type the key), then prove it with a code.
 * Once accepted, the recovery codes replace the form, shown this once.
 */
export function EnrolmentFormView({
  action,
  offer,
  qrSvg,
  next,
  labels,
}: {
  action: Enrol;
  offer: Offer;
  qrSvg: string;
  next: string;
  labels: EnrolmentLabels;
}) {
  const [result, formAction] = useActionState(action, null);
  if (result?.ok) return <RecoveryCodes codes={result.data.recoveryCodes} continueTo={result.data.continueTo} />;
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <ol className="list-decimal space-y-3 pl-5 text-sm text-slate-800">
        <li>{labels.open}</li>
        <li>
          {labels.scan}
          {/* Drawn on the server from the secret below; an image of text, so it carries its own label. */}
          <div role="img" aria-label={labels.qr} className="mt-2 w-44 border border-slate-200 bg-white p-1" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p className="mt-2">
            {labels.typeKey}{' '}
            <code className="select-all break-all rounded bg-slate-100 px-1 font-mono text-sm" data-testid="totp-secret">
              {offer.secret.replace(/(.{4})/g, '$1 ').trim()}
            </code>
          </p>
        </li>
        <li>{labels.enter}</li>
      </ol>
      <input type="hidden" name="secret" value={offer.secret} />
      <input type="hidden" name="expires" value={offer.expires} />
      <input type="hidden" name="seal" value={offer.seal} />
      <input type="hidden" name="next" value={next} />
      <Field name="code" label={labels.code} inputMode="numeric" autoComplete="one-time-code" required errors={errors?.code} />
      <SubmitButton pendingLabel={labels.checking}>{labels.submit}</SubmitButton>
    </form>
  );
}
