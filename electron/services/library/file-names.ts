const SUFFIX = '.workshop.json'

/** True for names the library lists as workshops (hidden temp and backup files are not). */
export function isWorkshopFileName(name: string): boolean {
  return name.endsWith(SUFFIX) && !name.startsWith('.')
}

// Letters that Unicode does not decompose into a base letter plus an accent.
const plainLetters: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
}

/** A readable file name for a title: "Mentoring, Day 1!" becomes "mentoring-day-1.workshop.json". */
export function fileNameForTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[łđøæœßþð]/g, (letter) => plainLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
  return `${slug === '' ? 'workshop' : slug}${SUFFIX}`
}

/** The first of `name`, `name-2`, `name-3`… that is not already taken. */
export function uniqueFileName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted
  const stem = wanted.slice(0, -SUFFIX.length)
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${String(n)}${SUFFIX}`
    if (!taken.has(candidate)) return candidate
  }
}
