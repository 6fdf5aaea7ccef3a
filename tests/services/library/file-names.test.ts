import {
  fileNameForTitle,
  isWorkshopFileName,
  uniqueFileName,
} from '../../../electron/services/library/file-names'

describe('file names', () => {
  it('turns titles into readable, portable names, accents included', () => {
    expect(fileNameForTitle('Mentoring, Day 1!')).toBe('mentoring-day-1.workshop.json')
    expect(fileNameForTitle('Łukasz’s reading group')).toBe('lukasz-s-reading-group.workshop.json')
    expect(fileNameForTitle('Zoë & José')).toBe('zoe-jose.workshop.json')
    expect(fileNameForTitle('Straße, Ørsted, Æsir')).toBe('strasse-orsted-aesir.workshop.json')
    expect(fileNameForTitle('???')).toBe('workshop.workshop.json')
    expect(fileNameForTitle('x'.repeat(300))).toBe(`${'x'.repeat(60)}.workshop.json`)
  })

  it('finds the first free name', () => {
    const taken = new Set(['a.workshop.json', 'a-2.workshop.json'])
    expect(uniqueFileName('a.workshop.json', taken)).toBe('a-3.workshop.json')
    expect(uniqueFileName('b.workshop.json', taken)).toBe('b.workshop.json')
  })

  it('lists workshop files but not hidden backups and temp files', () => {
    expect(isWorkshopFileName('a.workshop.json')).toBe(true)
    expect(isWorkshopFileName('.a.workshop.json.bak')).toBe(false)
    expect(isWorkshopFileName('.a.workshop.json.1f2e.tmp')).toBe(false)
    expect(isWorkshopFileName('notes.json')).toBe(false)
  })
})
