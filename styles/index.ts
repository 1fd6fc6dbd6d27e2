// The deck's look, defined once: bundled fonts (no font host is ever contacted),
// the palette and type scale as CSS variables, and the slide chrome.
import '@fontsource/source-sans-3/400.css'
import '@fontsource/source-sans-3/400-italic.css'
import '@fontsource/source-sans-3/700.css'
import '@fontsource/source-serif-4/400.css'
import '@fontsource/source-serif-4/400-italic.css'
import '@fontsource/jetbrains-mono/400.css'
import './palette.css'
import './deck.css'
import './reading.css'
