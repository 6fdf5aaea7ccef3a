/** Turns a title into an id the workshop format accepts: lowercase letters, digits and dashes. */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
  return slug === '' ? 'item' : slug
}

/** An id based on `base` that none of `taken` uses, adding -2, -3… when needed. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const stem = slugify(base)
  if (!used.has(stem)) return stem
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${String(n)}`
    if (!used.has(candidate)) return candidate
  }
}
