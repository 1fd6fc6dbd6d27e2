/** The browser build of Mermaid that Slidev imports (`@slidev/client/modules/mermaid.ts`): the renderer imports the same module, so the deck carries one Mermaid. */
declare module 'mermaid/dist/mermaid.esm.mjs' {
  import mermaid from 'mermaid'

  export default mermaid
}
