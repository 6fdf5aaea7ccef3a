import { defaultMessagePresets } from '@common/api/message-presets'
import { createDispatch } from '@common/api/dispatch'
import { apiSchemas } from '@common/api/schemas'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const
let app: TestServices

beforeEach(async () => {
  app = await startTestServices()
})
afterEach(async () => {
  await app.cleanUp()
})

const roomChanges = () => app.events.filter((e) => e.event === 'roomChanged')

describe('what the room display shows outside a session', () => {
  it('is a neutral waiting screen until the facilitator chooses otherwise, however workshops are opened', async () => {
    const api = app.services.handlers
    valueOf(await api.openWorkshop({ ref: builtin }))
    const copy = valueOf(await api.duplicateWorkshop({ ref: builtin }))
    valueOf(await api.openWorkshop({ ref: copy.ref }))
    expect(valueOf(await api.getRoomView({})).workshopTitle).toBeNull()
    expect(roomChanges()).toHaveLength(0)
  })

  it('shows a workshop’s title when asked, and the waiting screen again when cleared', async () => {
    const api = app.services.handlers
    const shown = valueOf(await api.showOnRoom({ ref: builtin }))
    expect(shown.workshopTitle).toBe('Mentoring Both Ways')
    expect(valueOf(await api.getRoomView({})).workshopTitle).toBe('Mentoring Both Ways')
    expect(valueOf(await api.showOnRoom({ ref: null })).workshopTitle).toBeNull()
    expect(
      roomChanges().map((e) => (e.payload as { workshopTitle: unknown }).workshopTitle),
    ).toEqual(['Mentoring Both Ways', null])
  })

  it('says so when the workshop to show cannot be read', async () => {
    const result = await app.services.handlers.showOnRoom({
      ref: { source: 'library', fileName: 'gone.workshop.json' },
    })
    expect(result.ok).toBe(false)
    expect(valueOf(await app.services.handlers.getRoomView({})).workshopTitle).toBeNull()
  })

  it('shows the title when a session is prepared, and nothing of it once the session is left', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    expect(valueOf(await api.getRoomView({})).workshopTitle).toBe('Mentoring Both Ways')
    valueOf(await api.closeRun({}))
    expect(valueOf(await api.getRoomView({})).workshopTitle).toBeNull()
  })
})

describe('message presets', () => {
  it('start with sensible defaults, can be edited, and are kept for the next start', async () => {
    const api = app.services.handlers
    expect(valueOf(await api.getPreferences({})).messagePresets).toEqual(defaultMessagePresets)
    // Through the door the windows use, which trims what was typed.
    const dispatch = createDispatch(app.services.handlers, () => true)
    const saved = await dispatch({
      name: 'updatePreferences',
      arg: { messagePresets: ['  Lunch is here  ', 'Find a new partner'] },
      senderUrl: 'app://console',
    })
    expect(saved).toMatchObject({
      ok: true,
      value: { messagePresets: ['Lunch is here', 'Find a new partner'] },
    })
    await app.services.flush()
    const again = await startTestServices({ userDataDir: app.userDataDir })
    try {
      expect(valueOf(await again.services.handlers.getPreferences({})).messagePresets).toEqual([
        'Lunch is here',
        'Find a new partner',
      ])
    } finally {
      await again.cleanUp()
    }
  })

  it('refuses an empty line or a list longer than the console can offer', () => {
    const schema = apiSchemas.updatePreferences
    expect(schema.safeParse({ messagePresets: ['Fine', '   '] }).success).toBe(false)
    expect(
      schema.safeParse({ messagePresets: Array.from({ length: 31 }, () => 'x') }).success,
    ).toBe(false)
    expect(schema.safeParse({ messagePresets: [] }).success).toBe(true)
  })
})
