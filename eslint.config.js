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
    // A Slidev markdown file holds many slides, each with its own headline.
    files: ['slides.md', 'pages/**/*.md'],
    rules: { 'markdown/no-multiple-h1': 'off', 'markdown/heading-increment': 'off' },
  },
  {
    // Scripts and test reporters talk to the terminal.
    files: ['scripts/**', 'tests/support/**'],
    rules: { 'no-console': 'off' },
  },
)
