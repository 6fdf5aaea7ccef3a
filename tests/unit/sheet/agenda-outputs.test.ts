import ICAL from 'ical.js'
import { buildDebrief } from '@common/domain/session/debrief'
import { runReportRows } from '@common/domain/session/run-report'
import { itemMinutes } from '@common/domain/workshop/schedule'
import { buildAgendaCalendar } from '@common/domain/workshop/sheet/agenda-calendar'
import { buildAgendaMarkdown } from '@common/domain/workshop/sheet/agenda-markdown'
import { translatorFor } from '@common/i18n/translator'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { makeFinishedSession } from '../../support/session-fixtures'

const workshop = loadBuiltinWorkshop()

describe('the agenda as a calendar', () => {
  const text = buildAgendaCalendar(workshop, {
    date: '2026-12-03',
    start: '09:30',
    place: 'Hatcher Library, Room 100',
    stampedAt: Date.UTC(2026, 11, 1),
  })
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component))

  it('has one event per exercise and break, back to back from the start', () => {
    expect(events).toHaveLength(workshop.exercises.length)
    let minute = 9 * 60 + 30
    events.forEach((event, index) => {
      const item = workshop.exercises[index]
      if (item === undefined) throw new Error('no item')
      expect(event.startDate.toJSDate().getDate()).toBe(3)
      expect(event.startDate.hour * 60 + event.startDate.minute).toBe(minute)
      const length = event.duration.toSeconds() / 60
      expect(length).toBe(itemMinutes(item))
      expect(event.summary.startsWith(item.title)).toBe(true)
      expect(event.location).toBe('Hatcher Library, Room 100')
      minute += length
    })
  })

  it('carries each exercise’s prompts in its description, lines of at most 75 bytes', () => {
    const first = workshop.exercises.find((item) => item.kind === 'exercise')
    const event = events[workshop.exercises.indexOf(first ?? workshop.exercises[0]!)]
    if (first?.kind !== 'exercise' || event === undefined) throw new Error('no exercise')
    for (const prompt of first.phases.flatMap((phase) => phase.prompts))
      expect(event.description).toContain(prompt)
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  })
})

describe('the agenda as Markdown', () => {
  it('lists every item with its start and length, then each exercise’s phases', () => {
    const markdown = buildAgendaMarkdown(workshop, translatorFor('en'))
    expect(markdown.startsWith(`# ${workshop.title}\n`)).toBe(true)
    for (const item of workshop.exercises) expect(markdown).toContain(item.title)
    expect(markdown).toContain('| Start | Item | Length |')
  })

  it('speaks the workshop’s language: headings, lengths, times and groupings', () => {
    const markdown = buildAgendaMarkdown(
      { ...workshop, plannedStart: '13:30' },
      translatorFor('de'),
    )
    expect(markdown).toContain('| Beginn | Programmpunkt | Dauer |')
    expect(markdown).toContain('| 13:30 | ')
    expect(markdown).toMatch(/Ablauf, 3 h 45 min insgesamt\./)
    expect(markdown).toContain('_(Pause)_')
    expect(markdown).toMatch(/ · Zu zweit$/m)
    for (const english of ['| Start |', 'Item', 'Length', 'in all', '(break)', 'In pairs', ' PM |'])
      expect(markdown, english).not.toContain(english)
  })

  it('gives English times as English reads them', () => {
    const markdown = buildAgendaMarkdown(
      { ...workshop, plannedStart: '13:30' },
      translatorFor('en'),
    )
    expect(markdown).toContain('| 1:30 PM | ')
  })
})

describe('the run report', () => {
  it('has planned and actual minutes per item and a total matching the debrief', () => {
    const session = makeFinishedSession()
    const debrief = buildDebrief(session)
    const rows = runReportRows(session)
    expect(rows[0]).toEqual([
      '#',
      'Title',
      'Kind',
      'Planned minutes',
      'Actual minutes',
      'Difference',
      'Notes',
    ])
    expect(rows).toHaveLength(session.workshop.exercises.length + 2)
    expect(rows.at(-1)).toEqual([
      '',
      'Total',
      '',
      debrief.plannedMinutes,
      debrief.actualMinutes,
      debrief.overrunMinutes,
      session.notes.length,
    ])
  })
})
