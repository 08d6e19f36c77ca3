'use client';

import { useCommonWords } from '@/components/common-words';
import { buttonClass } from '@/components/ui/button-styles';

/** Ten single-use recovery codes, shown once, with a way on. */
export function RecoveryCodes({ codes, continueTo }: { codes: string[]; continueTo: string }) {
  const { recoveryCodes: words } = useCommonWords();
  return (
    <section aria-labelledby="recovery-codes-heading" className="space-y-3">
      <h2 id="recovery-codes-heading" className="text-lg font-semibold">
        {words.heading}
      </h2>
      <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        {words.kept}
      </p>
      <ul className="grid grid-cols-2 gap-2 font-mono text-base" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code} className="select-all rounded bg-slate-100 px-2 py-1 text-center">
            {code}
          </li>
        ))}
      </ul>
      {/* A full page load: the session is complete now, and the whole app is to be loaded for it. */}
      <a href={continueTo} className={buttonClass()}>
        {words.continue}
      </a>
    </section>
  );
}
