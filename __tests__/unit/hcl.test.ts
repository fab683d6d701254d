import { describe, expect, it } from 'vitest'
import {
  attribute,
  HclSyntaxError,
  parseHcl,
  references,
  stringList,
  stringLiteral,
  type HclBody
} from '../../src/packer/hcl.js'

/** The attributes of a body as name → expression. */
const attributes = (body: HclBody) =>
  Object.fromEntries(body.attributes.map(a => [a.name, a.expression]))

/** What the scanner reads of a text: `type label… @line` per block, `name @line = expression` per attribute. */
function outline(body: HclBody): unknown[] {
  return [
    ...body.attributes.map(a => `${a.name} @${a.line} = ${a.expression}`),
    ...body.blocks.map(b => ({
      [`${[b.type, ...b.labels].join(' ')} @${b.line}`]: outline(b.body)
    }))
  ]
}

describe('parseHcl: blocks', () => {
  it.each<[string, string, unknown[]]>([
    [
      'quoted labels',
      'source "amazon-ebs" "app" {\n  region = "us-east-1"\n}\n',
      [{ 'source amazon-ebs app @1': ['region @2 = "us-east-1"'] }]
    ],
    [
      'bare labels',
      'source amazon-ebs app {\n  region = "us-east-1"\n}\n',
      [{ 'source amazon-ebs app @1': ['region @2 = "us-east-1"'] }]
    ],
    ['no label', 'build {\n}\n', [{ 'build @1': [] }]],
    [
      // hashicorp/hcl@v2.24.0:hclsyntax/scan_tokens.rl:46: Ident = (ID_Start | '_') (ID_Continue | '-')*
      'names with letters outside ASCII',
      'locals {\n  café = "crème"\n  _größe-2 = local.café\n}\n',
      [{ 'locals @1': ['café @2 = "crème"', '_größe-2 @3 = local.café'] }]
    ],
    [
      'a label with a dot, as a build names its source',
      'build {\n  source "source.null.base" {\n    name = "second"\n  }\n}\n',
      [{ 'build @1': [{ 'source source.null.base @2': ['name @3 = "second"'] }] }]
    ],
    [
      'nested blocks and the lines of each',
      'packer {\n\n  required_plugins {\n    amazon = {\n      source = "github.com/hashicorp/amazon"\n    }\n  }\n}\n',
      [
        {
          'packer @1': [
            {
              'required_plugins @3': [
                'amazon @4 = {\n      source = "github.com/hashicorp/amazon"\n    }'
              ]
            }
          ]
        }
      ]
    ],
    [
      'one-line blocks (hclsyntax spec: OneLineBlock)',
      'variable "region" { default = "us-east-1" }\nlocals {}\nsource "null" "a" {}\n',
      [
        { 'variable region @1': ['default @1 = "us-east-1"'] },
        { 'locals @2': [] },
        { 'source null a @3': [] }
      ]
    ],
    [
      'a one-line block whose value is an object',
      'locals { tags = { Name = "x" } }\n',
      [{ 'locals @1': ['tags @1 = { Name = "x" }'] }]
    ],
    [
      'CRLF line ends',
      'source "null" "a" {\r\n  communicator = "none"\r\n}\r\n',
      [{ 'source null a @1': ['communicator @2 = "none"'] }]
    ],
    [
      // Packer 1.6.6 validates and builds a .pkr.hcl file, and reads a .pkrvars.hcl file, that
      // starts with one, as editors on Windows save them.
      'a UTF-8 byte order mark before the first block',
      '\uFEFFsource "null" "a" {\n  communicator = "none"\n}\n',
      [{ 'source null a @1': ['communicator @2 = "none"'] }]
    ]
  ])('%s', (_, text, expected) => {
    expect(outline(parseHcl(text))).toEqual(expected)
  })
})

describe('parseHcl: attributes and their expressions', () => {
  it.each<[string, string, Record<string, string>]>([
    ['a plain value', 'a = 1\nb = true\n', { a: '1', b: 'true' }],
    ['`==` is not an assignment', 'a = b == c\n', { a: 'b == c' }],
    [
      'a tuple over several lines',
      'sources = [\n  "source.a.b",\n  "source.c.d",\n]\nnext = 1\n',
      { sources: '[\n  "source.a.b",\n  "source.c.d",\n]', next: '1' }
    ],
    [
      'an object over several lines',
      'tags = {\n  Name = "app"\n  Team = "x"\n}\nnext = 1\n',
      { tags: '{\n  Name = "app"\n  Team = "x"\n}', next: '1' }
    ],
    [
      'a function call over several lines',
      'ami_name = format(\n  "app-%s",\n  var.image_version\n)\nnext = 1\n',
      { ami_name: 'format(\n  "app-%s",\n  var.image_version\n)', next: '1' }
    ],
    ['a trailing # comment is not part of it', 'a = "x" # note\nb = 2\n', { a: '"x"', b: '2' }],
    ['a trailing // comment is not part of it', 'a = "x" // note\n', { a: '"x"' }],
    ['a trailing /* */ comment is not part of it', 'a = "x" /* note */\n', { a: '"x"' }],
    [
      'a comment inside brackets stays, and its bracket does not count',
      'a = [1, # ] not a close\n  2]\nb = 3\n',
      { a: '[1, # ] not a close\n  2]', b: '3' }
    ],
    [
      'a /* */ comment with a brace between attributes',
      'a = 1\n/* } {\n*/\nb = 2\n',
      { a: '1', b: '2' }
    ],
    [
      'comment markers inside a string are text',
      'url = "http://example.com/#top" # real comment\n',
      { url: '"http://example.com/#top"' }
    ],
    [
      'braces inside a string do not open anything',
      'a = "{ [ ("\nb = 1\n',
      { a: '"{ [ ("', b: '1' }
    ],
    [
      'an interpolation with braces and nested quotes',
      'a = "${lookup({ k = "}" }, "k")}-x"\nb = 1\n',
      { a: '"${lookup({ k = "}" }, "k")}-x"', b: '1' }
    ],
    [
      'an interpolation spanning lines',
      'a = "${join(",", [\n  "x",\n])}"\nb = 1\n',
      { a: '"${join(",", [\n  "x",\n])}"', b: '1' }
    ],
    [
      'a template directive',
      'a = "%{ if var.x }yes%{ endif }"\n',
      { a: '"%{ if var.x }yes%{ endif }"' }
    ],
    [
      '$${ is a literal ${, not an interpolation to close',
      'a = "$${"\nb = 1\n',
      { a: '"$${"', b: '1' }
    ],
    ['%%{ is a literal %{, not a directive to close', 'a = "%%{"\nb = 1\n', { a: '"%%{"', b: '1' }],
    ['escaped quotes', 'a = "say \\"hi\\""\nb = 1\n', { a: '"say \\"hi\\""', b: '1' }],
    [
      'a heredoc, then another attribute',
      'user_data = <<EOF\n#!/bin/sh\necho "}" { # not a comment\nEOF\nnext = 1\n',
      { user_data: '<<EOF\n#!/bin/sh\necho "}" { # not a comment\nEOF', next: '1' }
    ],
    [
      'an indented heredoc <<-, then another attribute',
      'a = <<-EOT\n    one\n    two\n    EOT\nb = 2\n',
      { a: '<<-EOT\n    one\n    two\n    EOT', b: '2' }
    ],
    [
      'a heredoc whose text names its marker inside a line',
      'a = <<EOF\nnot EOF yet\nEOF\nb = 2\n',
      { a: '<<EOF\nnot EOF yet\nEOF', b: '2' }
    ],
    ['a heredoc as the last thing in the file', 'a = <<EOF\nx\nEOF', { a: '<<EOF\nx\nEOF' }],
    [
      'a heredoc whose marker holds a letter outside ASCII',
      'a = <<ÉOF\necho hi\nÉOF\nb = <<-ÉOF\n  x\n  ÉOF\n',
      { a: '<<ÉOF\necho hi\nÉOF', b: '<<-ÉOF\n  x\n  ÉOF' }
    ]
  ])('%s', (_, text, expected) => {
    expect(attributes(parseHcl(text))).toEqual(expected)
  })

  it('reads a heredoc inside a block, before its closing brace', () => {
    const body = parseHcl('build {\n  a = <<EOF\n}\nEOF\n  b = 2\n}\nc = 3\n')
    expect(attributes(body.blocks[0]!.body)).toEqual({ a: '<<EOF\n}\nEOF', b: '2' })
    expect(attributes(body)).toEqual({ c: '3' })
  })

  it('gives each attribute the line it starts on', () => {
    const body = parseHcl('# a comment\n\na = [\n  1,\n]\n/* x\n*/ b = 2\n')
    expect(body.attributes.map(a => [a.name, a.line])).toEqual([
      ['a', 3],
      ['b', 7]
    ])
  })

  it('attribute() finds one by name', () => {
    const body = parseHcl('a = 1\nb = 2\n')
    expect(attribute(body, 'b')?.expression).toBe('2')
    expect(attribute(body, 'c')).toBeUndefined()
  })
})

describe('parseHcl: errors name the line', () => {
  it.each<[string, string, number, RegExp]>([
    [
      'an unclosed block, at the line that opens it',
      'variable "a" {}\nsource "null" "x" {\n  a = 1\n\n',
      2,
      /block source "null" "x" is not closed/
    ],
    [
      'an unclosed nested block, at its own line',
      'build {\n  provisioner "shell" {\n    inline = []\n}\n',
      1,
      /block build is not closed/
    ],
    [
      'an unclosed string',
      'a = 1\nb = "open\nc = 2\n',
      2,
      /quoted string runs past the end of its line/
    ],
    [
      'an unclosed string at the end of the file',
      'a = 1\nb = "open',
      2,
      /quoted string is not closed/
    ],
    ['a stray }', 'a = 1\n}\n', 2, /an unexpected "}"/],
    ['a stray } after a block', 'build {\n}\n}\n', 3, /an unexpected "}"/],
    ['a bracket closed by the wrong one', 'a = [1,\n 2)\n', 2, /an unexpected "\)"/],
    ['an unclosed tuple', 'a = [1,\n 2\n', 1, /an expression is not closed/],
    ['an unclosed /* comment', 'a = 1\n/* never\nclosed\n', 2, /comment is not closed/],
    ['an unclosed heredoc', 'a = 1\nb = <<EOF\nx\n', 2, /heredoc EOF is not closed/],
    ['an attribute with no value', 'a = 1\nb = # nothing\n', 2, /attribute b has no value/],
    [
      'a block without its brace',
      'a = 1\nsource "null" "x"\n',
      2,
      /expected "\{" after block source "null" "x"/
    ],
    ['something that is neither', 'a = 1\n= 2\n', 2, /expected an attribute or a block, found "="/]
  ])('%s', (_, text, line, message) => {
    let error: unknown
    try {
      parseHcl(text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(HclSyntaxError)
    expect((error as HclSyntaxError).line).toBe(line)
    expect((error as HclSyntaxError).message).toMatch(message)
    expect((error as HclSyntaxError).message).toMatch(new RegExp(`^line ${line}: `))
  })
})

describe('stringLiteral', () => {
  it.each<[string, string | undefined]>([
    ['"us-east-1"', 'us-east-1'],
    ['  "padded"  ', 'padded'],
    ['""', ''],
    ['"say \\"hi\\""', 'say "hi"'],
    ['"tab\\there"', 'tab\there'],
    ['"100%"', '100%'],
    ['"$5 and 5$"', '$5 and 5$'],
    ['"$${var.x}"', '${var.x}'],
    ['"%%{ if x }"', '%{ if x }'],
    ['"app-${var.image_version}"', undefined],
    ['"%{ if var.x }a%{ endif }"', undefined],
    ['var.region', undefined],
    ['"a" + "b"', undefined],
    ['["a"]', undefined],
    ['<<EOF\nx\nEOF', undefined],
    ['42', undefined]
  ])('%j → %j', (expression, expected) => {
    expect(stringLiteral(expression)).toBe(expected)
  })
})

describe('references', () => {
  it.each<[string, string[]]>([
    ['var.image_version', ['var.image_version']],
    ['"app-${var.image_version}"', ['var.image_version']],
    ['"${local.name}-${var.image_version}"', ['local.name', 'var.image_version']],
    ['format("app-%s", local.version)', ['local.version']],
    ['upper(var.a) == var.a', ['var.a']],
    ['var.image_version_suffix', ['var.image_version_suffix']],
    ['[\n  var.a, # var.b\n  var.c, /* local.d */\n]', ['var.a', 'var.c']],
    // Text that only looks like a reference: a string without `${`, an escape, a comment.
    ['"app-var.image_version"', []],
    ['"app-$${var.image_version}"', []],
    ['"app" # var.image_version', []],
    ['"${var.a}-local.b-${local.c}"', ['local.c', 'var.a']],
    ['myvar.x + locals.y + this.local.z + my-var.w + var.v', ['var.v']],
    ['"${local.café}" == éxvar.b', ['local.café']],
    ['"literal"', []]
  ])('%j → %j', (expression, expected) => {
    expect([...references(expression)].sort()).toEqual(expected)
  })
})

describe('stringList', () => {
  it.each<[string, string[] | undefined]>([
    ['["source.amazon-ebs.app"]', ['source.amazon-ebs.app']],
    ['["a", "b",]', ['a', 'b']],
    ['[]', []],
    ['[\n  "a", # first, main\n  "b", // second, too\n]', ['a', 'b']],
    ['["a" /* , "not", */, "b"]', ['a', 'b']],
    ['["a,b", "c"]', ['a,b', 'c']],
    ['["a\\"b"]', ['a"b']],
    ['[var.x]', undefined],
    ['["a", var.b]', undefined],
    ['["${var.x}"]', undefined],
    ['["a"] + ["b"]', undefined],
    ['["a" "b"]', undefined],
    ['["a"', undefined],
    ['"a"', undefined],
    ['', undefined]
  ])('%j → %j', (expression, expected) => {
    expect(stringList(expression)).toEqual(expected)
  })
})
