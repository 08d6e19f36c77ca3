import { getTranslations } from 'next-intl/server';
import { type Enrol, EnrolmentFormView, type Offer } from './enrolment-form-view';

/** Setting up an authenticator app (EnrolmentFormView), worded here on the server for both pages that show it. */
export async function EnrolmentForm({ action, offer, qrSvg, next }: { action: Enrol; offer: Offer; qrSvg: string; next: string }) {
  const t = await getTranslations('common.enrolment');
  const labels = {
    open: t('open'),
    scan: t('scan'),
    qr: t('qr'),
    typeKey: t('typeKey'),
    enter: t('enter'),
    code: t('code'),
    checking: t('checking'),
    submit: t('submit'),
  };
  return <EnrolmentFormView action={action} offer={offer} qrSvg={qrSvg} next={next} labels={labels} />;
}
