import { defineConfig } from 'unocss'

/**
 * Theme tokens for UnoCSS utilities. Colours point at the CSS variables in
 * styles/palette.css, so light and dark mode switch in one place; sizes use
 * the deck's type scale, so no utility can set text below 14 canvas px
 * (and only the slide number uses that: everything else is 16 or more).
 */
export default defineConfig({
  theme: {
    colors: {
      paper: 'var(--bq-paper)',
      surface: 'var(--bq-surface)',
      ink: 'var(--bq-ink)',
      muted: 'var(--bq-muted)',
      rule: 'var(--bq-rule)',
      accent: 'var(--bq-accent)',
      article: 'var(--bq-article)',
      context: 'var(--bq-context)',
      inferred: 'var(--bq-inferred)',
    },
    fontSize: {
      caption: ['var(--bq-text-xs)', '1.35'],
      small: ['var(--bq-text-sm)', '1.4'],
      body: ['var(--bq-text-md)', '1.45'],
      lead: ['var(--bq-text-lg)', '1.35'],
      title: ['var(--bq-text-xl)', '1.2'],
      headline: ['var(--bq-text-2xl)', '1.15'],
      hero: ['var(--bq-text-3xl)', '1.1'],
    },
  },
  shortcuts: {
    'kicker': 'font-700 uppercase tracking-wider text-muted',
    'source-line': 'text-small text-muted',
    'card': 'bg-surface border border-rule rounded-md px-4 py-3',
    'quote-serif': 'font-serif text-ink',
  },
})
