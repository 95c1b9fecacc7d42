import { expect, test } from 'vitest'
import { searchableText, searchQuery } from '~/domain/organisations/search'
import { slugify } from '~/domain/organisations/slug'

test('indexed text holds umlauts both transcribed and plain, and ß as ss', () => {
  expect(searchableText('Jüdische Gemeinde, Straße 5')).toBe('juedische judische gemeinde strasse 5')
})

test('a search query folds umlauts and becomes quoted prefix terms that cannot inject FTS syntax', () => {
  expect(searchQuery('Jüdische')).toBe('"juedische"*')
  expect(searchQuery('Strasse OR "x" NEAR(')).toBe('"strasse"* "or"* "x"* "near"*')
  expect(searchQuery(' ,;: ')).toBeNull()
})

test('slugs transcribe umlauts and ß and drop everything else', () => {
  expect(slugify('Jüdische Gemeinde Osnabrück – Straße')).toBe('juedische-gemeinde-osnabrueck-strasse')
  expect(slugify('!!!')).toBe('eintrag')
})
