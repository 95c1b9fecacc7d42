import { expect, test } from 'vitest'
import { NewPasswordSchema, SignInSchema } from '~/domain/auth/schema'

const problems = (password: string) => {
  const result = NewPasswordSchema.safeParse(password)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

test('a password of 12 characters without special characters is accepted', () => {
  expect(problems('wolken über melle')).toEqual([])
})

test('a password shorter than 12 characters is refused with a translated reason', () => {
  expect(problems('kurz123!')).toContain('validation.password_too_short')
})

test('a common long password is refused', () => {
  expect(problems('Passwort1234')).toContain('validation.password_common')
  expect(problems('aaaaaaaaaaaaaaaa')).toContain('validation.password_common')
})

test('a sign-in with an invalid email address names the field', () => {
  const result = SignInSchema.safeParse({ intent: 'password', email: 'keine-adresse', password: 'x' })
  expect(result.success).toBe(false)
  expect(result.error?.issues[0]?.path).toEqual(['email'])
  expect(result.error?.issues[0]?.message).toBe('validation.email')
})
