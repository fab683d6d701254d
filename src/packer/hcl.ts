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

/**
 * An HCL name, as the source of a `u` regular expression. hashicorp/hcl@v2.24.0:
 * hclsyntax/scan_tokens.rl:46: Ident = (ID_Start | '_') (ID_Continue | '-')*
 */
export const NAME = String.raw`[\p{ID_Start}_][\p{ID_Continue}-]*`
const IDENT = new RegExp(NAME, 'uy')

class Scanner {
  at = 0
  /** Spans that are text, not code: comments and the literal parts of quoted strings. */
  readonly literals: [number, number][] = []
  constructor(readonly text: string) {}

  line(at = this.at): number {
    return this.text.slice(0, at).split('\n').length
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
        const start = this.at
        while (this.at < this.text.length && this.peek() !== '\n') this.at++
        this.literals.push([start, this.at])
      } else if (c === '/' && this.peek(1) === '*') {
        const end = this.text.indexOf('*/', this.at + 2)
        if (end < 0) this.fail('a /* comment is not closed')
        this.literals.push([this.at, end + 2])
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
    let literal = this.at
    while (this.at < this.text.length) {
      const c = this.peek()
      if (c === '\\') this.at += 2
      else if (c === '"') {
        this.literals.push([literal, this.at])
        this.at++
        return this.text.slice(start, this.at)
      } else if ((c === '$' || c === '%') && this.peek(1) === '{' && this.peek(-1) !== c) {
        // Not `$${` nor `%%{`, which are literal.
        this.literals.push([literal, this.at])
        this.at += 2
        this.expression('}')
        this.at++
        literal = this.at
      } else if (c === '\n') this.fail('a quoted string runs past the end of its line', start)
      else this.at++
    }
    return this.fail('a quoted string is not closed', start)
  }

  /** `<<EOF` or `<<-EOF` up to its closing marker line. */
  heredoc(): string {
    const start = this.at
    const match = new RegExp(String.raw`<<-?(${NAME})\r?\n`, 'uy')
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
   * Reads an expression up to one of `ends` outside any brackets: by default a new line or the
   * `}` of a one-line block (`variable "x" { default = 1 }`), an attribute's end; `}` alone ends
   * an interpolation. Returns its source text, without a trailing comment.
   */
  expression(ends = '\n}'): string {
    const start = this.at
    let end = this.at
    const open: string[] = []
    const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
    const lines = ends.includes('\n')
    for (;;) {
      this.skip(open.length === 0 && lines)
      const c = this.peek()
      if (c === '') {
        if (!lines || open.length > 0) this.fail('an expression is not closed', start)
        break
      }
      if (open.length === 0 && ends.includes(c)) break
      if (c === '"') this.quoted()
      else if (c === '<' && this.peek(1) === '<' && /[-\p{ID_Start}_]/u.test(this.peek(2)))
        this.heredoc()
      else {
        if (pairs[c] !== undefined) open.push(pairs[c])
        else if (')]}'.includes(c) && open.pop() !== c) this.fail(`an unexpected "${c}"`)
        this.at++
      }
      end = this.at
    }
    return this.text.slice(start, end).trim()
  }

  /** A file's body, or with `opened` a block's, up to its `}`. */
  body(opened?: { name: string; at: number }): HclBody {
    const body: HclBody = { attributes: [], blocks: [] }
    for (;;) {
      this.skip(false)
      if (this.peek() === '') {
        // As HCL does, at the block's opening: the end of the file tells nothing.
        if (opened) this.fail(`block ${opened.name} is not closed`, opened.at)
        return body
      }
      if (this.peek() === '}') {
        if (!opened) this.fail('an unexpected "}"')
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
        const label = this.peek() === '"' ? unquote(this.quoted()) : this.identifier()
        if (label === undefined) break
        labels.push(label)
      }
      const header = [name, ...labels.map(l => JSON.stringify(l))].join(' ')
      if (this.peek() !== '{') this.fail(`expected "{" after block ${header}`)
      this.at++
      body.blocks.push({
        type: name,
        labels,
        body: this.body({ name: header, at: start }),
        line: this.line(start)
      })
    }
  }
}

/** A file's body; a UTF-8 byte order mark before it is no part of it, as in Packer. */
export function parseHcl(text: string): HclBody {
  return new Scanner(text.replace(/^\uFEFF/, '')).body()
}

/** The value of a quoted string without interpolation, e.g. `"us-east-1"`; else undefined. */
export function stringLiteral(expression: string): string | undefined {
  const match = /^"((?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{)|\$\$\{|%%\{)*)"$/.exec(expression.trim())
  if (!match) return undefined
  return unquote(`"${match[1] ?? ''}"`)
}

function unquote(quoted: string): string {
  const text = quoted.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
  return attempt(() => JSON.parse(text) as string, quoted.slice(1, -1))
}

/** What `read` returns, or `fallback` when it throws. */
export function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read()
  } catch {
    return fallback
  }
}

/**
 * `var.x` and `local.y` references in an expression, as `var.x` / `local.y`: in its code and
 * interpolations, not in comments or the literal text of quoted strings (`"app-var.x"` names
 * none). A heredoc is searched as written.
 */
export function references(expression: string): Set<string> {
  // Not an expression this scanner follows: look at it as written.
  const found = (codeOf(expression) ?? expression).matchAll(REFERENCE)
  return new Set([...found].map(m => m[0]))
}

/** `var.x` or `local.y`; not `x.var.y` (an attribute) nor `my-var.y` (an identifier may hold `-`). */
const REFERENCE = new RegExp(String.raw`(?<![\p{ID_Continue}.-])(?:var|local)\.${NAME}`, 'gu')

/** An expression with its comments and literal text blanked; undefined when the scanner fails. */
function codeOf(expression: string): string | undefined {
  const scanner = new Scanner(expression)
  return attempt(() => {
    scanner.expression()
    return scanner.literals.reduce(
      (code, [from, to]) => code.slice(0, from) + ' '.repeat(to - from) + code.slice(to),
      expression
    )
  }, undefined)
}

/**
 * Whether an expression is made of nothing but literal text, `var.x` and `local.y` (no function,
 * no index, no other name): one value wherever Packer evaluates it in a run.
 */
export function onlyReferences(expression: string): boolean {
  const code = codeOf(expression)
  return code !== undefined && /^[\s"${}]*$/.test(code.replace(REFERENCE, ''))
}

/**
 * What `read` makes of the whole of `expression`, blanks and comments around it aside; undefined
 * when it refuses, the scanner fails, or text is left after it.
 */
function whole<T>(expression: string, read: (scanner: Scanner) => T | undefined): T | undefined {
  const scanner = new Scanner(expression)
  return attempt(() => {
    scanner.skip(false)
    const value = read(scanner)
    scanner.skip(false)
    return scanner.peek() === '' ? value : undefined
  }, undefined)
}

/**
 * The items between the brackets `[open, close]`, each read with its separator by `item`;
 * undefined when `item` refuses one.
 */
function items<T>(
  scanner: Scanner,
  [open, close]: string,
  item: () => T[] | undefined
): T[] | undefined {
  if (scanner.peek() !== open) return undefined
  scanner.at++
  const found: T[] = []
  for (scanner.skip(false); scanner.peek() !== close; scanner.skip(false)) {
    const next = item()
    if (next === undefined) return undefined
    found.push(...next)
  }
  scanner.at++
  return found
}

/** The string items of a tuple of literals, e.g. `["source.amazon-ebs.app"]`; else undefined. */
export function stringList(expression: string): string[] | undefined {
  return whole(expression, scanner =>
    items(scanner, '[]', () => {
      const item = scanner.peek() === '"' ? stringLiteral(scanner.quoted()) : undefined
      scanner.skip(false)
      if (scanner.peek() === ',') scanner.at++
      else if (scanner.peek() !== ']') return undefined
      return item === undefined ? undefined : [item]
    })
  )
}

/**
 * The keys of an object constructor (`{ a = 1, "b:c" = 2 }`) as written, with their offsets;
 * undefined when the text is not one.
 */
export function objectKeys(expression: string): { key: string; at: number }[] | undefined {
  return whole(expression, scanner =>
    items(scanner, '{}', () => {
      const at = scanner.at
      if (scanner.peek() === ',') return (scanner.at++, [])
      const key = scanner.expression('=:\n}')
      if (scanner.peek() !== '=' && scanner.peek() !== ':') return undefined
      scanner.at++
      scanner.expression('\n,}')
      return [{ key, at }]
    })
  )
}

/**
 * The expression of a quoted template that is one interpolation and nothing else
 * (`"${merge(a, b)}"`), which HCL evaluates to that expression's own value, with its offset;
 * undefined when the text is not one.
 */
export function soleInterpolation(expression: string): { text: string; at: number } | undefined {
  return whole(expression, scanner => {
    if (!expression.startsWith('"${', scanner.at)) return undefined
    scanner.at += 3
    scanner.skip(false)
    const at = scanner.at
    const text = scanner.expression('}')
    if (!expression.startsWith('}"', scanner.at)) return undefined
    scanner.at += 2
    return { text, at }
  })
}

/**
 * The arguments of a call to the function `name` (`merge(var.tags, { a = 1 })`) as written,
 * with their offsets; undefined when the text is not that call.
 */
export function callArguments(
  expression: string,
  name: string
): { text: string; at: number }[] | undefined {
  return whole(expression, scanner => {
    if (scanner.identifier() !== name) return undefined
    scanner.skip(false)
    return items(scanner, '()', () => {
      const at = scanner.at
      const text = scanner.expression(',)')
      if (scanner.peek() === ',') scanner.at++
      return [{ text, at }]
    })
  })
}

export function attribute(body: HclBody, name: string): HclAttribute | undefined {
  return body.attributes.find(a => a.name === name)
}
