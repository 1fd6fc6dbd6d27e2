// @ts-check
import antfu from '@antfu/eslint-config'

export default antfu(
  {
    vue: true,
    typescript: true,
    markdown: true,
    ignores: ['dist', 'dist-*', '.slidev', '**/*.mmd', 'tests/fixtures'],
  },
  {
    // A Slidev (or Marp) markdown file holds many slides, each with its own headline.
    files: ['slides.md', 'pages/**/*.md', 'scripts/bench/*.md'],
    rules: { 'markdown/no-multiple-h1': 'off', 'markdown/heading-increment': 'off' },
  },
  {
    // Playwright's locator.innerText() is the visible text we mean, not the DOM property.
    files: ['tests/e2e/**'],
    rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
  },
  {
    // Scripts and test reporters talk to the terminal.
    files: ['scripts/**', 'tests/support/**'],
    rules: { 'no-console': 'off' },
  },
)
