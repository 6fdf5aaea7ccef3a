import { FormattedMessage } from 'react-intl'
import { Notice } from '../../components/Notice'
import { LanguageChoice } from './LanguageChoice'
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
      <h2 className="side-panel-title">
        <FormattedMessage id="console.tab.displays" />
      </h2>
      <LanguageChoice />
      <Notice message={displays.notice} onDismiss={displays.dismiss} />
      {preferences !== null && (
        <fieldset>
          <legend>
            <FormattedMessage id="console.sound.chimes" />
          </legend>
          <label>
            <FormattedMessage id="console.sound.volume" />{' '}
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
            <FormattedMessage id="console.sound.mute" />
          </label>
          <button type="button" onClick={sound.testSound}>
            <FormattedMessage id="console.sound.test" />
          </button>
          <Notice message={sound.notice} onDismiss={sound.dismiss} />
        </fieldset>
      )}
      {setup !== null && (
        <fieldset>
          <legend>
            <FormattedMessage id="console.displays.room" />
          </legend>
          <ul className="display-list">
            <li>
              <label>
                <input
                  type="radio"
                  name="room-display"
                  checked={setup.roomDisplayId === null}
                  onChange={() => displays.setRoomDisplay(null)}
                />{' '}
                <FormattedMessage id="console.displays.window" />
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
                      <span className="muted">
                        {' '}
                        <FormattedMessage id="console.displays.consoleMoves" />
                      </span>
                    )}
                  </label>
                </li>
              ))}
          </ul>
          {setup.displays.length < 2 && (
            <p className="muted">
              <FormattedMessage id="console.displays.onlyOne" />
            </p>
          )}
          <div className="toolbar">
            <button type="button" onClick={displays.identifyDisplays}>
              <FormattedMessage id="console.displays.identify" />
            </button>
            <button
              type="button"
              aria-pressed={setup.rehearsal}
              onClick={() => displays.setRehearsal(!setup.rehearsal)}
            >
              <FormattedMessage
                id={setup.rehearsal ? 'console.displays.endRehearsal' : 'console.displays.rehearse'}
              />
            </button>
          </div>
        </fieldset>
      )}
    </>
  )
}
