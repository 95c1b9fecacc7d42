// The English preview of the confirmation mail for `npm run email:dev`.
import SubscriptionConfirm, { type SubscriptionConfirmProps } from '../subscription-confirm'

export default function SubscriptionConfirmEnglish(props: SubscriptionConfirmProps) {
  return <SubscriptionConfirm {...props} />
}

SubscriptionConfirmEnglish.PreviewProps = { ...SubscriptionConfirm.PreviewProps, locale: 'en' } satisfies SubscriptionConfirmProps
