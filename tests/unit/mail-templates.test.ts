import { expect, test } from 'vitest'
import Digest from '../../emails/digest'
import DigestEnglish from '../../emails/english/digest'
import EventNotificationEnglish from '../../emails/english/event-notification'
import SubscriptionConfirmEnglish from '../../emails/english/subscription-confirm'
import EventNotification from '../../emails/event-notification'
import SubscriptionConfirm from '../../emails/subscription-confirm'
import { renderEmail } from '~/domain/mail/templates.server'

test('the digest renders in German and English, as HTML and plain text, with event titles escaped', async () => {
  const german = await renderEmail('digest', {
    ...Digest.PreviewProps,
    weeks: [{ label: 'Mo., 30. Nov. 2026', events: [{ ...Digest.PreviewProps.weeks[0]!.events[0]!, title: '<img src=x onerror=alert(1)>' }] }],
  })
  expect(german.subject).toBe('Dialognetz: Ihre Wochenübersicht (KW 49)')
  expect(german.html).toContain('lang="de"')
  expect(german.html).not.toContain('<img src=x')
  expect(german.html).toContain('&lt;img src=x')
  expect(german.text).toContain('Offene Einladungen'.toUpperCase())
  expect(german.text).toContain('Chanukka')
  const english = await renderEmail('digest', DigestEnglish.PreviewProps)
  expect(english.subject).toBe('Dialognetz: your weekly digest (week 49)')
  expect(english.text).toContain('Organised by Rat der Religionen Osnabrück')
  expect(english.text).toContain('Unsubscribe from this digest or change it:')
})

test('the confirmation mail asks only for confirmation, in both languages', async () => {
  const german = await renderEmail('subscription-confirm', SubscriptionConfirm.PreviewProps)
  expect(german.subject).toBe('Bitte bestätigen Sie Ihr Abonnement')
  expect(german.text).toContain('Der Link gilt 7 Tage.')
  const english = await renderEmail('subscription-confirm', SubscriptionConfirmEnglish.PreviewProps)
  expect(english.subject).toBe('Please confirm your subscription')
  expect(english.text).toContain('http://localhost:3000/subscribe/confirm/')
})

test('the immediate notification names the network in both languages', async () => {
  expect((await renderEmail('event-notification', EventNotification.PreviewProps)).subject).toBe(
    'Neu im Netzwerk „Runder Tisch der Religionen“: Interreligiöses Friedensgebet',
  )
  const english = await renderEmail('event-notification', EventNotificationEnglish.PreviewProps)
  expect(english.text).toContain('There is a new event in the network “Runder Tisch der Religionen”:')
})
