import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { buildHandoutDocument } from '@common/handouts/build-handout'
import { suggestHandoutFileName } from '@common/handouts/file-name'
import { collectMaterials, fitMaterialToPaper } from '@common/handouts/materials'
import type { HandoutOptions } from '@common/handouts/options'
import { collectText, findNodes, listExercises } from '../../support/handout-fixtures'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'

const workshop = loadBuiltinWorkshop()
const exercises = listExercises(workshop)

function build(options: Partial<HandoutOptions> = {}): TDocumentDefinitions {
  const built = buildHandoutDocument(workshop, {
    kind: 'pack',
    paper: 'a4',
    largePrint: false,
    ...options,
  })
  if (!built.ok) throw new Error(built.message)
  return built.value
}

const textOf = (document: TDocumentDefinitions) => collectText(document.content).join('\n')

describe('the participant pack document', () => {
  const pack = build()

  it('has every exercise title, purpose and prompt', () => {
    const text = textOf(pack)
    for (const exercise of exercises) {
      expect(text).toContain(exercise.title)
      expect(text).toContain(exercise.purpose)
      for (const prompt of exercise.phases.flatMap((phase) => phase.prompts)) {
        expect(text).toContain(prompt)
      }
    }
  })

  it('leaves out facilitator notes', () => {
    const text = textOf(pack)
    for (const note of exercises.flatMap((exercise) => exercise.facilitatorNotes)) {
      expect(text).not.toContain(note)
    }
  })

  it('starts the agenda on a new page and lets the focus areas and exercises follow on', () => {
    const breaks = findNodes(pack.content, (node) => node.pageBreak === 'before')
    expect(breaks).toHaveLength(1)
    expect(collectText(breaks[0]).join(' ')).toContain('Agenda')
    const sections = (pack.content as unknown as Record<string, unknown>[]).filter(
      (node) => node.section !== undefined,
    )
    expect(sections).toHaveLength(0)
  })

  it('starts every exercise on a new page when printed on both sides', () => {
    const duplex = build({ duplex: true })
    const breaks = findNodes(duplex.content, (node) => node.pageBreak === 'before')
    expect(breaks).toHaveLength(1 + exercises.length)
  })

  it('names the workshop, the part and the page in the running head', () => {
    const head = pack.header as (page: number, pages: number, size: unknown) => unknown
    const text = collectText(head(7, 30, {})).join(' ')
    expect(text).toContain(workshop.title)
    // Before layout no exercise has a page yet, so the head names the pack.
    expect(text).toContain('Participant pack')
    expect(text).toContain('Page 7 of 30')
  })

  it('introduces the focus areas and names the guide activity each exercise adapts', () => {
    const text = textOf(pack)
    for (const area of workshop.focusAreas) {
      expect(text).toContain(area.title)
      expect(text).toContain(area.overview)
    }
    for (const exercise of exercises) {
      if (exercise.guideActivity !== null) expect(text).toContain(`“${exercise.guideActivity}”`)
    }
  })

  it('prints no authoring notes for participants', () => {
    expect(textOf(pack)).not.toMatch(/our own prompt|original to this workshop|is missing/i)
  })

  it('keeps each worksheet block label together with its writing space', () => {
    const labels = exercises.flatMap((exercise) =>
      exercise.worksheet.blocks.map((block) => block.label),
    )
    // Kept whole, or (a table too tall for one page) heading its table as a repeated header row.
    const kept = [
      ...findNodes(pack.content, (node) => node.unbreakable === true),
      ...findNodes(pack.content, (node) => {
        const table = node.table as { headerRows?: number; body: unknown[] } | undefined
        return table !== undefined && (table.headerRows ?? 0) >= 2
      }).map((node) => (node.table as { body: unknown[] }).body[0]),
    ]
    for (const label of labels) {
      expect(kept.some((node) => collectText(node).includes(label))).toBe(true)
    }
  })

  it('draws the network map as circles and wedges, with every sector labelled', () => {
    const map = exercises
      .flatMap((exercise) => exercise.worksheet.blocks)
      .find((block) => block.kind === 'networkMap')!
    const shapes = findNodes(
      pack.content,
      (node) => node.type === 'ellipse' && (node.r1 as number) > 150,
    )
    expect(shapes.length).toBeGreaterThanOrEqual(1)
    const text = textOf(pack)
    for (const sector of map.sectors) expect(text).toContain(sector)
    const drawing = findNodes(
      pack.content,
      (node) =>
        findNodes(node.canvas, (shape) => shape.type === 'ellipse' && (shape.r1 as number) > 150)
          .length > 0,
    )[0]
    const spokes = findNodes(drawing?.canvas, (node) => node.type === 'line')
    expect(spokes.length).toBe(map.sectors.length)
  })

  it('draws a numbered marker for every timeline point and a box for every tick item', () => {
    const timeline = exercises
      .flatMap((exercise) => exercise.worksheet.blocks)
      .find((block) => block.kind === 'timeline')!
    const text = collectText(pack.content)
    for (let n = 1; n <= timeline.markers; n += 1) expect(text).toContain(String(n))
    const ticks = exercises
      .flatMap((exercise) => exercise.worksheet.blocks)
      .flatMap((block) => (block.kind === 'checkboxes' ? block.items : []))
    const boxes = findNodes(pack.content, (node) => node.type === 'rect' && node.w === node.h)
    expect(boxes).toHaveLength(ticks.length)
  })

  it('heads partner grids with Partner A, Partner B and Agreed', () => {
    const text = textOf(pack)
    expect(text).toMatch(/Partner A\nPartner B\nAgreed\nHow often and how long we meet/)
  })

  it('prints blank lines for date, facilitator and place unless they are given', () => {
    expect(textOf(pack)).not.toContain('Room 4')
    const filled = textOf(
      build({ date: '4 June 2026', facilitator: 'José Núñez', place: 'Room 4' }),
    )
    expect(filled).toContain('4 June 2026')
    expect(filled).toContain('José Núñez')
    expect(filled).toContain('Room 4')
  })

  it('puts the workshop and page n of m in every head, and the first credit in every footer', () => {
    const pageContent = (dynamic: unknown) =>
      collectText(
        (dynamic as (page: number, pages: number, size: unknown) => unknown)(3, 30, {}),
      ).join(' ')
    expect(pageContent(pack.header)).toContain(workshop.title)
    expect(pageContent(pack.header)).toContain('Page 3 of 30')
    // The credit's last words are joined by no-break spaces, so they never wrap apart.
    expect(pageContent(pack.footer).replace(/\u00a0/g, ' ')).toContain(workshop.credits[0]!)
  })

  it('sets the chosen paper', () => {
    expect(build({ paper: 'letter' }).pageSize).toEqual({ width: 612, height: 792 })
    expect(pack.pageSize).toEqual({ width: 595.28, height: 841.89 })
  })
})

describe('large print', () => {
  it('sets body text at 16 pt or more and widens the writing lines', () => {
    const large = build({ largePrint: true })
    const normal = build()
    expect(large.defaultStyle?.fontSize).toBeGreaterThanOrEqual(16)
    expect(
      build({ kind: 'runsheet', largePrint: true }).defaultStyle?.fontSize,
    ).toBeGreaterThanOrEqual(16)
    const gap = (document: TDocumentDefinitions) =>
      findNodes(
        document.content,
        (node) => node.type === 'line' && node.y1 === node.y2 && node.lineWidth === 0.6,
      )[0]?.y1 as number
    expect(gap(large)).toBeGreaterThan(gap(normal))
  })
})

describe('the run sheet document', () => {
  const sheet = build({ kind: 'runsheet' })
  const text = textOf(sheet)

  it('has every exercise with its facilitator notes, prompts and materials', () => {
    for (const exercise of exercises) {
      expect(text).toContain(exercise.title)
      for (const note of exercise.facilitatorNotes) expect(text).toContain(note)
      for (const prompt of exercise.phases.flatMap((phase) => phase.prompts))
        expect(text).toContain(prompt)
    }
    // Named for the paper printed on ("A4 sheets" on A4).
    for (const material of collectMaterials(workshop))
      expect(text).toContain(fitMaterialToPaper(material.name, 'a4'))
  })

  it('gives clock times from the planned start, 12-hour in English and 24-hour in German', () => {
    expect(text).toMatch(/9:00\sAM–9:10\sAM/)
    expect(text).toMatch(/9:03\sAM/)
    const german = buildHandoutDocument(workshop, {
      kind: 'runsheet',
      paper: 'a4',
      largePrint: false,
      language: 'de',
    })
    const clock = german.ok ? collectText(german.value.content).join('\n') : ''
    expect(clock).toContain('9:00–9:10')
    expect(clock).toContain('12:45')
  })

  it('gives elapsed times when the workshop has no planned start', () => {
    const built = buildHandoutDocument(
      { ...workshop, plannedStart: null },
      { kind: 'runsheet', paper: 'a4', largePrint: false },
    )
    const elapsed = built.ok ? collectText(built.value.content).join('\n') : ''
    expect(elapsed).toContain('0:00–0:10')
    expect(elapsed).not.toContain('09:00')
  })

  it('is set smaller than the pack', () => {
    expect(sheet.defaultStyle?.fontSize).toBeLessThan(build().defaultStyle?.fontSize ?? 0)
  })
})

describe('a single worksheet', () => {
  it('holds only that exercise, with no page break before it', () => {
    const sheet = build({ kind: 'exercise', exerciseId: 'network-map' })
    const text = textOf(sheet)
    expect(text).toContain('My Network Map')
    expect(text).not.toContain('Journey Snapshot')
    expect(findNodes(sheet.content, (node) => node.pageBreak === 'before')).toHaveLength(0)
  })

  it('reports an unknown exercise as not found, naming the ones there are', () => {
    const built = buildHandoutDocument(workshop, {
      kind: 'exercise',
      exerciseId: 'nope',
      paper: 'a4',
      largePrint: false,
    })
    expect(built).toMatchObject({ ok: false, code: 'not-found' })
    expect(built.ok ? '' : built.message).toContain('welcome')
  })
})

describe('file names and materials', () => {
  it('names the file after the workshop, the handout and the paper', () => {
    const base = { paper: 'a4', largePrint: false } as const
    expect(suggestHandoutFileName(workshop, { kind: 'pack', ...base })).toBe(
      'mentoring-both-ways-participant-pack-a4.pdf',
    )
    expect(
      suggestHandoutFileName(
        { ...workshop, title: 'Café Łódź: día 1' },
        { kind: 'exercise', exerciseId: 'welcome', paper: 'letter', largePrint: true },
      ),
    ).toBe('cafe-odz-dia-1-welcome-worksheet-letter-large-print.pdf')
  })

  it('gives material quantities on the run sheet for the participants expected', () => {
    const text = textOf(build({ kind: 'runsheet', participants: 12 }))
    expect(text).toContain('Quantities for 12 participants: 6 pairs, 2 tables of about 6.')
    expect(text).toContain('12 (1 per person)  ')
    expect(textOf(build({ kind: 'runsheet' }))).toContain('Quantities for 20 participants')
  })
})
