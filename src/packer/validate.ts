import * as path from 'node:path'

export interface Annotation {
  message: string
  file: string
  line: number | undefined
}

/**
 * Turns `packer validate` output into annotations: HCL2 names `on FILE line N`, legacy JSON
 * parse errors `At line N`; anything else is annotated on the template file.
 */
export function validationAnnotations(
  output: string,
  templateFiles: string[],
  cwd: string
): Annotation[] {
  const fallback = templateFiles[0] ?? ''
  const annotations: Annotation[] = []
  for (const block of output.split(/\n(?=Error: )/)) {
    if (!block.startsWith('Error: ')) continue
    const [head = '', ...body] = block.split('\n')
    const title = head.slice('Error: '.length).trim()
    const where = /on (.+?) line (\d+)/.exec(block)
    const detail = body
      .filter(
        l =>
          l.trim() &&
          // `on FILE line N:`, and `on  line 0:` where Packer knows no place.
          !/^\s*on .* line \d+/.test(l) &&
          !/source code not available/.test(l) &&
          !/^\s*\d+:/.test(l)
      )
      .map(l => l.trim())
      .join(' ')
    annotations.push({
      message: detail ? `${title}: ${detail}` : title,
      file: where ? path.resolve(cwd, where[1] as string) : fallback,
      line: where ? Number(where[2]) : undefined
    })
  }
  if (annotations.length > 0) return annotations
  const jsonLine = /At line (\d+), column \d+/.exec(output)
  const lines = output
    .split('\n')
    .map(l => l.trim())
    .filter(l => l && !l.startsWith('Template validation failed'))
  return [
    {
      message: lines.slice(0, 2).join(' ') || 'packer validate failed',
      file: fallback,
      line: jsonLine ? Number(jsonLine[1]) : undefined
    }
  ]
}
