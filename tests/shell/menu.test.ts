import { mustShow, useShell, windowShowing } from './shell-harness'

const shell = useShell()

describe('the application menu', () => {
  it('replaces the default menu with the standard roles and the app’s own items', async () => {
    const app = shell.launch()
    const state = await app.started()
    const top = state.applicationMenu?.map((item) => item.label || item.role)
    expect(top).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help'])
    const json = JSON.stringify(state.applicationMenu)
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'quit'])
      expect(json).toContain(`"role":"${role}"`)
  })

  it('opens the room display again through the same service as the console’s button', async () => {
    const app = shell.launch()
    const state = await app.started()
    await app.request({ op: 'closeWindow', window: mustShow(state, 'room').id })
    await app.waitFor('the room closed', (s) => windowShowing(s, 'room') === undefined)
    await app.request({ op: 'clickMenu', path: ['View', 'Show the Room Display'] })
    const back = await app.started()
    const setup = await app.call<{ value: { roomWindowOpen: boolean } }>(
      mustShow(back, 'console'),
      'listDisplays',
    )
    expect(setup.value.roomWindowOpen).toBe(true)
  })

  it('lists the keyboard shortcuts, and credits the guide in About', async () => {
    const app = shell.launch()
    await app.started()
    await app.request({ op: 'clickMenu', path: ['help', 'Keyboard Shortcuts'] })
    await app.request({ op: 'clickMenu', path: ['help', 'About Facilitator'] })
    const state = await app.waitFor('two dialogs', (s) => s.dialogs.length === 2)
    expect(state.dialogs[0]?.detail).toContain('Space: Start, pause or resume the clock')
    expect(state.dialogs[1]?.message).toMatch(/^Facilitator \d+\.\d+\.\d+$/)
    expect(state.dialogs[1]?.detail).toContain('IMLS grant RE-95-17-0104-17')
  })

  it('turns the room fullscreen from the View menu', async () => {
    const app = shell.launch()
    const state = await app.started()
    const roomId = mustShow(state, 'room').id
    await app.request({ op: 'clickMenu', path: ['View', 'Room Display Full Screen'] })
    await app.waitFor('the room fullscreen', (s) =>
      s.windows.some((w) => w.id === roomId && w.fullscreen),
    )
  })
})
