'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action-result';
import { RecoveryCodes } from './recovery-codes';

type Enrol = (previous: unknown, payload: FormData) => Promise<ActionResult<{ recoveryCodes: string[]; continueTo: string }>>;
type Offer = { secret: string; expires: string; seal: string };

/**
 * Setting up an authenticator app: scan the QR code (or type the key), then prove it with a code.
 * Once accepted, the recovery codes replace the form, shown this once.
 */
export function EnrolmentForm({ action, offer, qrSvg, next }: { action: Enrol; offer: Offer; qrSvg: string; next: string }) {
  const [result, formAction] = useActionState(action, null);
  if (result?.ok) return <RecoveryCodes codes={result.data.recoveryCodes} continueTo={result.data.continueTo} />;
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <ol className="list-decimal space-y-3 pl-5 text-sm text-slate-800">
        <li>Open an authenticator app on your phone (Microsoft Authenticator, Google Authenticator, FreeOTP or your password manager).</li>
        <li>
          Scan this code with it:
          {/* Drawn on the server from the secret below; an image of text, so it carries its own label. */}
          <div
            role="img"
            aria-label="QR code of your authenticator key"
            className="mt-2 w-44 border border-slate-200 bg-white p-1"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <p className="mt-2">
            Or type this key in the app:{' '}
            <code className="select-all break-all rounded bg-slate-100 px-1 font-mono text-sm" data-testid="totp-secret">
              {offer.secret.replace(/(.{4})/g, '$1 ').trim()}
            </code>
          </p>
        </li>
        <li>Enter the 6-digit code the app now shows for Readout.</li>
      </ol>
      <input type="hidden" name="secret" value={offer.secret} />
      <input type="hidden" name="expires" value={offer.expires} />
      <input type="hidden" name="seal" value={offer.seal} />
      <input type="hidden" name="next" value={next} />
      <Field name="code" label="Code from the app" inputMode="numeric" autoComplete="one-time-code" required errors={errors?.code} />
      <SubmitButton pendingLabel="Checking…">Turn on two-step verification</SubmitButton>
    </form>
  );
}
