/**
 * Keeps the presenter's screen awake, where the browser allows it, without
 * an error where it does not. Slidev's own request (headmatter `wakeLock`,
 * off in this deck) runs on page load and never catches the refusal: WebKit
 * (Safari, every iPhone browser) refuses a wake lock without a user gesture,
 * so every load logged an unhandled rejection and the screen could still
 * sleep. Here the lock is asked for on the first key press, click or tap in
 * the page (the deck or the presenter view), again whenever the page comes
 * back into view after one (the browser drops the lock when it is hidden),
 * and a refusal is ignored. A browser with no wake lock is left alone.
 */

/** The parts of the page this needs, so tests can hand in their own. */
export interface WakeLockHost {
  navigator: { wakeLock?: { request: (type: 'screen') => Promise<{ released: boolean, addEventListener: (type: 'release', listener: () => void) => void }> } }
  document: { visibilityState: string, addEventListener: (type: 'visibilitychange', listener: () => void) => void }
  window: {
    addEventListener: (type: 'keydown' | 'pointerdown', listener: () => void, options: { capture: boolean, passive: boolean }) => void
    removeEventListener: (type: 'keydown' | 'pointerdown', listener: () => void, options: { capture: boolean }) => void
  }
}

/** What keepScreenAwake returns: whether a lock is held now, for tests and the curious. */
export interface WakeLockState {
  held: () => boolean
}

export function keepScreenAwake(host: WakeLockHost): WakeLockState {
  const lock = host.navigator.wakeLock
  let sentinel: { released: boolean } | undefined
  let wanted = false
  const state = { held: () => Boolean(sentinel && !sentinel.released) }
  if (!lock)
    return state

  async function request() {
    if (host.document.visibilityState !== 'visible' || state.held())
      return
    try {
      const acquired = await lock!.request('screen')
      sentinel = acquired
      acquired.addEventListener('release', () => {
        if (sentinel === acquired)
          sentinel = undefined
      })
    }
    catch {
      // Refused (no gesture, a policy, a battery saver): the deck works the same, the screen may sleep.
    }
  }

  const GESTURES = ['keydown', 'pointerdown'] as const
  const onGesture = () => {
    wanted = true
    for (const type of GESTURES)
      host.window.removeEventListener(type, onGesture, { capture: true })
    void request()
  }
  for (const type of GESTURES)
    host.window.addEventListener(type, onGesture, { capture: true, passive: true })
  host.document.addEventListener('visibilitychange', () => {
    if (wanted)
      void request()
  })
  return state
}
