import { describe, expect, it } from 'vitest'
import { instructions, markArtifacts, xmpPacket } from '../../scripts/lib/pdf-ua.mjs'

describe('instructions (a content stream, operator by operator)', () => {
  it('keeps each operator with its operands: strings with parentheses and escapes, arrays, names, dictionaries', () => {
    const ops = instructions('q 1 0 0 1 10 20 cm /P <</MCID 3>> BDC BT /F1 12 Tf [(a\\)b) -5 (c(d))] TJ ET EMC Q')
    expect(ops.map(o => o.op)).toEqual(['q', 'cm', 'BDC', 'BT', 'Tf', 'TJ', 'ET', 'EMC', 'Q'])
    expect(ops[5]!.text).toBe('[(a\\)b) -5 (c(d))] TJ')
    expect(ops[2]!.text).toBe('/P <</MCID 3>> BDC')
  })

  it('reads an inline image as one instruction', () => {
    expect(instructions('BI /W 1 /H 1 ID \u0001\u0002 EI Q').map(o => o.op)).toEqual(['BI', 'Q'])
  })
})

describe('markArtifacts', () => {
  it('marks painting outside marked content as an artifact, a whole path at a time', () => {
    const { text, wrapped } = markArtifacts('0 0 10 10 re f /P <</MCID 0>> BDC BT (x) Tj ET EMC BT (y) Tj ET /Im1 Do')
    expect(wrapped).toBe(3)
    expect(text).toBe('/Artifact BMC\n0 0 10 10 re\nf\nEMC\n/P <</MCID 0>> BDC\nBT\n(x) Tj\nET\nEMC\nBT\n/Artifact BMC\n(y) Tj\nEMC\nET\n/Artifact BMC\n/Im1 Do\nEMC')
  })

  it('leaves tagged content, clipping paths and what is already an artifact alone', () => {
    const source = '/Artifact BMC 0 0 1 1 re f EMC 0 0 5 5 re W n /Span <</MCID 1>> BDC 1 1 2 2 re S EMC'
    expect(markArtifacts(source).wrapped).toBe(0)
  })
})

describe('xmpPacket', () => {
  it('declares PDF/UA-1 and carries the title and language, escaped', () => {
    const xmp = xmpPacket({ title: 'A & B <c>', lang: 'en', producer: 'p' })
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>')
    expect(xmp).toContain('<rdf:li xml:lang="x-default">A &amp; B &lt;c&gt;</rdf:li>')
    expect(xmp).toContain('<rdf:li>en</rdf:li>')
  })
})
