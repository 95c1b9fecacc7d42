/**
 * Passwords of at least 12 characters that appear near the top of public breach lists
 * (SecLists' 10k most common, HPI's German lists). Shorter ones are refused by length already.
 */
export const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '123123123123', '111111111111',
  '000000000000', '121212121212', '112233445566', '098765432109', '147258369147', '123412341234',
  'qwertyuiopas', 'qwertyuiop12', 'qwertzuiop12', 'qwertzuiopü+', 'qwerty123456', 'qwertyqwerty',
  'asdfghjkl123', 'asdfasdfasdf', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3', 'q1w2e3r4t5y6',
  'password1234', 'password12345', 'passwordpassword', 'password123!', 'passwort1234', 'passwort12345',
  'passwortpasswort', 'passwort123!', 'iloveyou1234', 'iloveyouiloveyou', 'ichliebedich', 'ichliebedich1',
  'hallohallo12', 'hallo1234567', 'abcdefghijkl', 'abc123456789', 'abcd12345678', 'aaaaaaaaaaaa',
  'letmein12345', 'welcome12345', 'willkommen12', 'willkommen123', 'sommer202020', 'fussball1234',
  'schalke04schalke', 'borussia1909', 'administrator', 'administrator1', 'adminadmin12', 'changeme1234',
  'trustno1trustno1', 'princess1234', 'sunshine1234', 'football1234', 'baseball1234', 'superman1234',
  'dragon123456', 'monkey123456', 'master123456', 'starwars1234', 'osnabrueck12', 'osnabrück123',
  'dialognetz12', 'dialognetz123', 'geheimgeheim', 'geheim123456', 'mein passwort', 'meinpasswort1',
])

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  return COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(lower)
}
