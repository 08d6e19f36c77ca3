'use client';

import { useEffect, useRef, useState } from 'react';
import { useCommonWords } from '@/components/common-words';
import { fillNodes } from '@/components/fill-nodes';
import { buttonClass } from '@/components/ui/button-styles';
import { Field } from '@/components/ui/field';
import type { SignInStep } from '@/lib/sessions';
import type { Reauthenticate } from './reauth-dialog';

/** Signing in again in place: the password, then the code when the account asks for one. */
export function SignInAgainDialog({ email, reauthenticate, onDone }: { email: string; reauthenticate: Reauthenticate; onDone: (signedIn: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // What the sign-in still owes after the password: a code here, or a step only the sign-in pages can take.
  const [step, setStep] = useState<SignInStep | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const { reauth: words, email: emailLabel } = useCommonWords();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const signIn = async () => {
    if (step && step !== 'second-factor') return onDone(true); // finished in the other tab: the save tries again
    setPending(true);
    try {
      const result = await reauthenticate(null, step === 'second-factor' ? { email, password, code } : { email, password });
      if (result.ok && !result.data.step) return onDone(true);
      if (result.ok) {
        setError(undefined);
        return setStep(result.data.step);
      }
      setError(result.fieldErrors?.code?.join(' ') ?? result.fieldErrors?.password?.join(' ') ?? result.formError ?? words.wrong);
    } catch {
      setError(words.unreachable);
    } finally {
      setPending(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="sign-in-again-heading"
      aria-describedby="sign-in-again-why"
      className="w-[min(28rem,calc(100vw-2rem))] rounded-xl p-5 backdrop:bg-slate-900/50"
      onCancel={(event) => {
        event.preventDefault();
        onDone(false);
      }}
    >
      <h2 id="sign-in-again-heading" className="text-lg font-semibold">
        {words.heading}
      </h2>
      <p id="sign-in-again-why" className="mt-1 text-sm text-slate-700">
        {words.why}
      </p>
      {/* Not a <form>: it sits inside the page's form, and nested forms are not allowed. */}
      <div
        className="mt-4 space-y-3"
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void signIn();
          }
        }}
      >
        {error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        )}
        {!step && (
          <>
            <Field name="reauthEmail" label={emailLabel} type="email" value={email} readOnly autoComplete="username" />
            <Field
              name="reauthPassword"
              label={words.password}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              autoFocus
            />
          </>
        )}
        {step === 'second-factor' && (
          <Field
            name="reauthCode"
            label={words.code}
            hint={words.codeHint}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="one-time-code"
            autoFocus
          />
        )}
        {step && step !== 'second-factor' && (
          <p className="text-sm text-slate-800">
            {fillNodes(words.oneMoreStep, {
              step: step === 'enrol' ? words.enrol : words.newPassword,
              link: (
                <a href="/sign-in" target="_blank" rel="noreferrer" className="font-medium text-brand-700 underline">
                  {words.newTab}
                </a>
              ),
            })}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass()}
            disabled={pending || (!step && !password) || (step === 'second-factor' && !code)}
            onClick={() => void signIn()}
          >
            {pending ? words.signingIn : step && step !== 'second-factor' ? words.saveNow : words.continue}
          </button>
          <button type="button" className={buttonClass('secondary')} onClick={() => onDone(false)}>
            {words.notNow}
          </button>
        </div>
      </div>
    </dialog>
  );
}
