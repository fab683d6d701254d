/**
 * Reads the structure of an HCL2 file: its blocks (type, labels, line) and attributes (name and
 * the expression's source text). Enough to learn what a template declares without evaluating
 * it: comments, quoted strings with `${...}` interpolation, heredocs and multi-line tuples and
 * objects are read as HCL reads them (hashicorp/hcl, hclsyntax/spec.md).
 */

export interface HclAttribute {
  name: string
  /** The expression as written, without its trailing comment. */
  expression: string
  line: number
}

export interface HclBlock {
  type: string
  labels: string[]
  body: HclBody
  line: number
}

export interface HclBody {
  attributes: HclAttribute[]
  blocks: HclBlock[]
}

export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(`line ${line}: ${message}`)
    this.name = 'HclSyntaxError'
  }
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y

class Scanner {
  at = 0
  constructor(readonly text: string) {}

  line(at = this.at): number {
    let line = 1
    for (let i = 0; i < at; i++) if (this.text[i] === '\n') line++
    return line
  }

  fail(message: string, at = this.at): never {
    throw new HclSyntaxError(message, this.line(at))
  }

  peek(offset = 0): string {
    return this.text[this.at + offset] ?? ''
  }

  /** Skips blanks and comments; newlines too unless `stopAtNewline`. */
  skip(stopAtNewline: boolean): void {
    for (;;) {
      const c = this.peek()
      if (c === ' ' || c === '\t' || c === '\r') this.at++
      else if (c === '\n' && !stopAtNewline) this.at++
      else if (c === '#' || (c === '/' && this.peek(1) === '/')) {
        while (this.at < this.text.length && this.peek() !== '\n') this.at++
      } else if (c === '/' && this.peek(1) === '*') {
        const end = this.text.indexOf('*/', this.at + 2)
        if (end < 0) this.fail('a /* comment is not closed')
        this.at = end + 2
      } else return
    }
  }

  identifier(): string | undefined {
    IDENT.lastIndex = this.at
    const match = IDENT.exec(this.text)
    if (!match) return undefined
    this.at += match[0].length
    return match[0]
  }

  /** A quoted template string, `${...}` and `%{...}` included; returns its raw text. */
  quoted(): string {
    const start = this.at
    this.at++ // opening quote
    while (this.at < this.text.length) {
      const c = this.peek()
      if (c === '\\') this.at += 2
      else if (c === '"') {
        this.at++
        return this.text.slice(start, this.at)
      } else if ((c === '$' || c === '%') && this.peek(1) === '{') {
        if (this.peek(-1) === c) {
          this.at += 2 // `$${` and `%%{` are literal
          continue
        }
        this.at += 2
        this.expression('}')
        this.at++
      } else if (c === '\n') this.fail('a quoted string runs past the end of its line', start)
      else this.at++
    }
    return this.fail('a quoted string is not closed', start)
  }

  /** `<<EOF` or `<<-EOF` up to its closing marker line. */
  heredoc(): string {
    const start = this.at
    const match = /<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y
    match.lastIndex = this.at
    const found = match.exec(this.text)
    if (!found) this.fail('a heredoc needs a marker and a new line after <<')
    const marker = found[1] as string
    this.at += found[0].length
    for (;;) {
      const end = this.text.indexOf('\n', this.at)
      const line = this.text.slice(this.at, end < 0 ? undefined : end)
      if (line.trim() === marker) {
        // The new line after the marker ends the attribute, as any other.
        this.at = end < 0 ? this.text.length : end
        return this.text.slice(start, this.at)
      }
      if (end < 0) this.fail(`heredoc ${marker} is not closed`, start)
      this.at = end + 1
    }
  }

  /**
   * Reads an expression up to a new line outside any brackets (an attribute's end), or up to
   * `close` (the end of an interpolation). Returns its source text.
   */
  expression(close?: string): string {
    const start = this.at
    const open: string[] = []
    const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
    for (;;) {
      this.skip(open.length === 0 && close === undefined)
      const c = this.peek()
      if (c === '') {
        if (close !== undefined || open.length > 0) this.fail('an expression is not closed', start)
        break
      }
      if (c === '\n' && open.length === 0 && close === undefined) break
      if (open.length === 0 && c === close) break
      if (c === '"') this.quoted()
      else if (c === '<' && this.peek(1) === '<' && /[-A-Za-z_]/.test(this.peek(2))) this.heredoc()
      else if (pairs[c] !== undefined) {
        open.push(pairs[c] as string)
        this.at++
      } else if (c === ')' || c === ']' || c === '}') {
        if (open.pop() !== c) this.fail(`an unexpected "${c}"`)
        this.at++
      } else this.at++
    }
    return this.text.slice(start, this.at).trim()
  }

  body(closing: boolean): HclBody {
    const body: HclBody = { attributes: [], blocks: [] }
    for (;;) {
      this.skip(false)
      if (this.peek() === '') {
        if (closing) this.fail('a block is not closed')
        return body
      }
      if (this.peek() === '}') {
        if (!closing) this.fail('an unexpected "}"')
        this.at++
        return body
      }
      const start = this.at
      const name = this.identifier()
      if (name === undefined) this.fail(`expected an attribute or a block, found "${this.peek()}"`)
      this.skip(true)
      if (this.peek() === '=' && this.peek(1) !== '=') {
        this.at++
        const expression = this.expression()
        if (expression === '') this.fail(`attribute ${name} has no value`, start)
        body.attributes.push({ name, expression, line: this.line(start) })
        continue
      }
      const labels: string[] = []
      for (;;) {
        this.skip(true)
        if (this.peek() === '"') labels.push(unquote(this.quoted()))
        else {
          const label = this.identifier()
          if (label === undefined) break
          labels.push(label)
        }
      }
      if (this.peek() !== '{') this.fail(`expected "{" after block ${[name, ...labels].join(' ')}`)
      this.at++
      body.blocks.push({ type: name, labels, body: this.body(true), line: this.line(start) })
    }
  }
}

export function parseHcl(text: string): HclBody {
  return new Scanner(text).body(false)
}

/** The value of a quoted string without interpolation, e.g. `"us-east-1"`; else undefined. */
export function stringLiteral(expression: string): string | undefined {
  const match = /^"((?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{)|\$\$\{|%%\{)*)"$/.exec(expression.trim())
  if (!match) return undefined
  return unquote(`"${match[1] ?? ''}"`)
}

function unquote(quoted: string): string {
  try {
    return JSON.parse(quoted.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')) as string
  } catch {
    return quoted.slice(1, -1)
  }
}

/** `var.x` and `local.y` references in an expression, as `var.x` / `local.y`. */
export function references(expression: string): Set<string> {
  return new Set(
    [...expression.matchAll(/\b(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)/g)].map(
      m => `${m[1] as string}.${m[2] as string}`
    )
  )
}

/** The string items of a tuple of literals, e.g. `["source.amazon-ebs.app"]`. */
export function stringList(expression: string): string[] | undefined {
  const inner = /^\[([\s\S]*)\]$/.exec(expression.trim())?.[1]
  if (inner === undefined) return undefined
  const items = inner
    .split(',')
    .map(item => item.replace(/#.*$|\/\/.*$/gm, '').trim())
    .filter(item => item !== '')
  const values = items.map(stringLiteral)
  return values.every(v => v !== undefined) ? (values as string[]) : undefined
}

export function attribute(body: HclBody, name: string): HclAttribute | undefined {
  return body.attributes.find(a => a.name === name)
}
