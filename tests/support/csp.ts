import type { Page } from 'playwright-core'

/** A host that never answers (`.invalid` never resolves): a load from it is the kind the policy must stop. */
export const OTHER_HOST = 'https://cdn.example.invalid'

/** What the page saw when it tried to load from another host. */
export interface Probe {
  /** The directives that blocked each try, as securitypolicyviolation events report them, by what was tried. */
  blocked: Record<'fetch' | 'image' | 'font', string[]>
  /** The page's policy, from its <meta>. */
  policy: string
}

/**
 * Tries, inside the page, what a careless change could add: a fetch, an
 * image and a web font from another host, and records the
 * securitypolicyviolation events each one raises. A blocked load is refused
 * by the browser before any request is made; one that was merely left
 * unanswered would raise no event.
 */
export async function probeOtherHost(page: Page): Promise<Probe> {
  return page.evaluate(async (host) => {
    const blocked: Record<'fetch' | 'image' | 'font', string[]> = { fetch: [], image: [], font: [] }
    const seen: SecurityPolicyViolationEvent[] = []
    const listen = (event: SecurityPolicyViolationEvent) => seen.push(event)
    document.addEventListener('securitypolicyviolation', listen)
    const settle = () => new Promise(resolve => setTimeout(resolve, 300))
    const note = (kind: keyof typeof blocked, url: string) => {
      blocked[kind] = seen.filter(event => event.blockedURI.startsWith(url)).map(event => event.effectiveDirective)
    }
    await fetch(`${host}/data.json`).catch(() => undefined)
    await settle()
    note('fetch', host)
    seen.length = 0
    const image = new Image()
    image.src = `${host}/pixel.png`
    document.body.append(image)
    await settle()
    note('image', host)
    image.remove()
    seen.length = 0
    const font = new FontFace('Probe', `url(${host}/font.woff2)`)
    await font.load().catch(() => undefined)
    await settle()
    note('font', host)
    document.removeEventListener('securitypolicyviolation', listen)
    return { blocked, policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '' }
  }, OTHER_HOST)
}
