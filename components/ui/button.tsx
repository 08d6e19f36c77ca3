'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import { useCommonWords } from '@/components/common-words';
import { type ButtonVariant, buttonClass } from './button-styles';

/** A submit button that shows the form is being sent and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  disabled,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  const { saving } = useCommonWords();
  return (
    <button type="submit" disabled={pending || disabled} aria-disabled={pending || disabled} className={buttonClass(variant)} {...props}>
      {pending ? (pendingLabel ?? saving) : children}
    </button>
  );
}
