import { handoutOptionsSchema } from '@common/handouts/options'

describe('handout options', () => {
  it('accepts a pack with filled details', () => {
    const parsed = handoutOptionsSchema.safeParse({
      kind: 'pack',
      paper: 'letter',
      largePrint: true,
      date: ' 3 May ',
      facilitator: 'Zoë',
    })
    expect(parsed.success && parsed.data.date).toBe('3 May')
  })

  it('requires an exercise id for a single worksheet, and only then', () => {
    const missing = handoutOptionsSchema.safeParse({
      kind: 'exercise',
      paper: 'a4',
      largePrint: false,
    })
    expect(missing.success).toBe(false)
    expect(missing.error?.issues[0]?.path).toEqual(['exerciseId'])
    const extra = handoutOptionsSchema.safeParse({
      kind: 'pack',
      exerciseId: 'welcome',
      paper: 'a4',
      largePrint: false,
    })
    expect(extra.success).toBe(false)
  })

  it('rejects an unknown paper, kind or field', () => {
    const base = { kind: 'pack', paper: 'a4', largePrint: false }
    expect(handoutOptionsSchema.safeParse({ ...base, paper: 'a3' }).success).toBe(false)
    expect(handoutOptionsSchema.safeParse({ ...base, kind: 'poster' }).success).toBe(false)
    expect(handoutOptionsSchema.safeParse({ ...base, colour: true }).success).toBe(false)
  })
})
