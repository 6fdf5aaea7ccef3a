import { isDebriefCommand, parseHandoutsArgs } from '../../../electron/services/handouts/cli-args'

describe('handouts command arguments', () => {
  it('makes the pack and the run sheet on the locale paper by default', () => {
    const parsed = parseHandoutsArgs(['builtin', '--out', 'dist'], 'en_US.UTF-8')
    expect(parsed).toEqual({
      ok: true,
      command: expect.objectContaining({
        source: 'builtin',
        outDir: 'dist',
        paper: 'letter',
        largePrint: false,
        kinds: ['pack', 'runsheet'],
      }),
    })
    const europe = parseHandoutsArgs(['builtin', '--out', 'dist'], 'de_DE.UTF-8')
    expect(europe.ok && europe.command.paper).toBe('a4')
  })

  it('reads every option, in either spelling', () => {
    const parsed = parseHandoutsArgs(
      [
        'my.workshop.json',
        '--out=o',
        '--paper',
        'a4',
        '--large-print',
        '--kind',
        'exercise',
        '--exercise=network-map',
        '--facilitator',
        'Łukasz',
        '--date',
        '4 June',
        '--place',
        'Room 2',
      ],
      'en-US',
    )
    expect(parsed).toEqual({
      ok: true,
      command: {
        source: 'my.workshop.json',
        outDir: 'o',
        paper: 'a4',
        largePrint: true,
        duplex: false,
        kinds: ['exercise'],
        exerciseId: 'network-map',
        facilitator: 'Łukasz',
        date: '4 June',
        place: 'Room 2',
      },
    })
  })

  it.each([
    [[], 'expected a workshop file'],
    [['builtin'], '--out <dir> is required'],
    [['builtin', '--out'], '--out needs a value'],
    [['builtin', '--out', '--paper', 'a4'], '--out needs a value'],
    [['builtin', '--out', 'o', '--paper', 'a3'], '--paper must be a4 or letter, got "a3"'],
    [
      ['builtin', '--out', 'o', '--kind', 'poster'],
      '--kind must be pack, runsheet, exercise or debrief',
    ],
    [['builtin', '--out', 'o', '--kind', 'exercise'], '--kind exercise needs --exercise <id>'],
    [['builtin', '--out', 'o', '--exercise', 'welcome'], '--exercise goes with --kind exercise'],
    [['builtin', '--out', 'o', '--colour'], 'unknown option --colour'],
    [['builtin', 'other', '--out', 'o'], 'unexpected argument other'],
    [['builtin', '--out', 'o', '--out', 'p'], '--out is given twice'],
    [['builtin', '--out', 'o', '--large-print=yes'], '--large-print takes no value'],
    [['--kind', 'debrief', '--out', 'o'], '--kind debrief needs --session <session file>'],
    [['builtin', '--kind', 'debrief', '--session', 's.json', '--out', 'o'], 'leave out builtin'],
    [
      ['--kind', 'debrief', '--session', 's.json', '--out', 'o', '--place', 'x'],
      '--place does not',
    ],
    [['--kind', 'debrief', '--session', 's.json'], '--out <dir> is required'],
    [['builtin', '--out', 'o', '--session', 's.json'], '--session goes with --kind debrief'],
  ])('%j is refused: %s', (args, message) => {
    const parsed = parseHandoutsArgs(args, 'en-US')
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.message).toContain(message)
  })

  it('reads a debrief: the session file, the folder and the paper, with no workshop', () => {
    const parsed = parseHandoutsArgs(
      ['--kind', 'debrief', '--session', 'march.session.json', '--out', 'o', '--large-print'],
      'en_US.UTF-8',
    )
    expect(parsed).toEqual({
      ok: true,
      command: {
        sessionFile: 'march.session.json',
        outDir: 'o',
        paper: 'letter',
        largePrint: true,
      },
    })
    expect(parsed.ok && isDebriefCommand(parsed.command)).toBe(true)
    const handouts = parseHandoutsArgs(['builtin', '--out', 'o'], 'en-GB')
    expect(handouts.ok && isDebriefCommand(handouts.command)).toBe(false)
  })
})

describe('double-sided packs', () => {
  it('reads --duplex, and refuses it where there is no pack', () => {
    const parsed = parseHandoutsArgs(['builtin', '--out', 'x', '--duplex'], 'en-GB')
    expect(parsed).toMatchObject({ ok: true, command: { duplex: true } })
    expect(parseHandoutsArgs(['builtin', '--out', 'x'], 'en-GB')).toMatchObject({
      ok: true,
      command: { duplex: false },
    })
    for (const kind of ['runsheet', 'exercise']) {
      const refused = parseHandoutsArgs(
        ['builtin', '--out', 'x', '--kind', kind, '--exercise', 'welcome', '--duplex'],
        'en-GB',
      )
      expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('--duplex') })
    }
  })
})
