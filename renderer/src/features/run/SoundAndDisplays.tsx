import { Notice } from '../../components/Notice'
import { useDisplaySetup } from './useDisplaySetup'
import { usePreferences } from './usePreferences'

/** Chime volume, mute and test; which display shows the room; rehearsal mode. */
export function SoundAndDisplays() {
  // A change that applies but could not be saved (a full disk) says so.
  const sound = usePreferences()
  const { preferences, update } = sound
  const displays = useDisplaySetup()
  const { setup } = displays

  return (
    <>
      <h2 className="side-panel-title">Sound and displays</h2>
      <Notice message={displays.notice} onDismiss={displays.dismiss} />
      {preferences !== null && (
        <fieldset>
          <legend>Chimes (played on the room display)</legend>
          <label>
            Volume{' '}
            <input
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={preferences.soundVolume}
              onChange={(event) => update({ soundVolume: Number(event.target.value) })}
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={preferences.muted}
              onChange={(event) => update({ muted: event.target.checked })}
            />{' '}
            Mute
          </label>
          <button type="button" onClick={sound.testSound}>
            Test the chimes
          </button>
          <Notice message={sound.notice} onDismiss={sound.dismiss} />
        </fieldset>
      )}
      {setup !== null && (
        <fieldset>
          <legend>Room display</legend>
          <ul className="display-list">
            <li>
              <label>
                <input
                  type="radio"
                  name="room-display"
                  checked={setup.roomDisplayId === null}
                  onChange={() => displays.setRoomDisplay(null)}
                />{' '}
                A window beside the console
              </label>
            </li>
            {setup.displays.length > 1 &&
              setup.displays.map((display) => (
                <li key={display.id}>
                  <label>
                    <input
                      type="radio"
                      name="room-display"
                      checked={setup.roomDisplayId === display.id}
                      onChange={() => displays.setRoomDisplay(display.id)}
                    />{' '}
                    {display.label}
                    {display.primary && (
                      <span className="muted"> (the console moves to the other screen)</span>
                    )}
                  </label>
                </li>
              ))}
          </ul>
          {setup.displays.length < 2 && (
            <p className="muted">
              Only one display is attached. Plug in the projector and it will be used.
            </p>
          )}
          <div className="toolbar">
            <button type="button" onClick={displays.identifyDisplays}>
              Identify displays
            </button>
            <button
              type="button"
              aria-pressed={setup.rehearsal}
              onClick={() => displays.setRehearsal(!setup.rehearsal)}
            >
              {setup.rehearsal ? 'End rehearsal' : 'Rehearse on this screen'}
            </button>
          </div>
        </fieldset>
      )}
    </>
  )
}
