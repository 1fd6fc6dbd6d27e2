import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (where slides.md lives). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
