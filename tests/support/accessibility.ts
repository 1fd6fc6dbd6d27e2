import type { Page } from 'playwright-core'

/** An array element's property name. */
const INDEX = /^\d+$/

/** How Chromium's accessibility tree exposes one diagram. */
export interface DiagramNode {
  role: string
  name: string
  description: string
  /** Accessible children that are not ignored: an image has none (its labels are not read one by one). */
  children: number
}

/**
 * Chromium's own accessibility tree (CDP `Accessibility.getPartialAXTree`)
 * for each Mermaid diagram drawn on slide `no`, in document order: the role,
 * accessible name and description a screen reader gets for the svg.
 */
export async function diagramNodes(page: Page, no: number): Promise<DiagramNode[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll('.slidev-page-${no} .mermaid')].map(host => host.shadowRoot?.querySelector('svg')).filter(Boolean)`,
    })
    const { result: list } = await cdp.send('Runtime.getProperties', { objectId: result.objectId!, ownProperties: true })
    const nodes: DiagramNode[] = []
    for (const entry of list.filter(p => INDEX.test(p.name))) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: entry.value!.objectId! })
      const { nodes: ax } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: true })
      const self = ax.find(n => n.backendDOMNodeId === node.backendNodeId)!
      const children = (self.childIds ?? []).map(id => ax.find(n => n.nodeId === id)).filter(n => n && !n.ignored)
      nodes.push({
        role: String(self.role?.value ?? ''),
        name: String(self.name?.value ?? ''),
        description: String(self.description?.value ?? ''),
        children: children.length,
      })
    }
    return nodes
  }
  finally {
    await cdp.detach()
  }
}
