import * as core from '@actions/core'
import { describe, expect, it } from 'vitest'
import { InertLog } from '../../src/exec/inert-log.js'
import {
  CommandManager,
  parseRunnerLog,
  readLines,
  REGISTERED_COMMANDS,
  tryParseV1,
  tryParseV2,
  type ParsedCommand
} from '../helpers/runner-log.js'

// The cases below are the runner's own, from actions/runner@v2.336.0:
// src/Test/L0/Worker/ActionCommandL0.cs (class LoggingCommandL0) and
// src/Test/L0/Worker/ActionCommandManagerL0.cs, with the line each one comes from.

const doSomething = new Set(['DO-SOMETHING'])
const command = (data: string, properties: Record<string, string> = {}): ParsedCommand => ({
  command: 'do-something',
  properties,
  data
})

describe('V1 form ##[name k=v;]data (ActionCommandL0.cs CommandParserTest)', () => {
  it.each<[number, string, ParsedCommand]>([
    [23, '##[do-something k1=v1;]msg', command('msg', { k1: 'v1' })],
    [36, '##[do-something]', command('')],
    [
      45,
      '##[do-something k1=%3B=%0D=%0A=%5D;]%3B-%0D-%0A-%5D',
      command(';-\r-\n-]', { k1: ';=\r=\n=]' })
    ],
    [
      58,
      '##[do-something k1=%253B=%250D=%250A=%255D;]%253B-%250D-%250A-%255D',
      command('%3B-%0D-%0A-%5D', { k1: '%3B=%0D=%0A=%5D' })
    ],
    [71, '##[do-something k1=;k2=;]', command('')],
    [80, '>>>   ##[do-something k1=v1;]msg', command('msg', { k1: 'v1' })]
  ])('line %i: %s', (_line, message, expected) => {
    expect(tryParseV1(message, doSomething)).toEqual(expected)
  })
})

describe('V2 form ::name k=v,::data (ActionCommandL0.cs CommandParserV2Test)', () => {
  it.each<[number, string, ParsedCommand]>([
    [104, '::do-something k1=v1,::msg', command('msg', { k1: 'v1' })],
    [117, '::do-something::', command('')],
    [
      126,
      '::do-something k1=;=%2C=%0D=%0A=]=%3A,::;-%0D-%0A-]-:-,',
      command(';-\r-\n-]-:-,', { k1: ';=,=\r=\n=]=:' })
    ],
    [
      139,
      '::do-something k1=;=%252C=%250D=%250A=]=%253A,::;-%250D-%250A-]-:-,',
      command(';-%0D-%0A-]-:-,', { k1: ';=%2C=%0D=%0A=]=%3A' })
    ],
    [152, '::do-something k1=,k2=,::', command('')],
    [161, '::do-something k1=v1::', command('', { k1: 'v1' })],
    [171, '   ::do-something k1=v1,::msg', command('msg', { k1: 'v1' })]
  ])('line %i: %s', (_line, message, expected) => {
    expect(tryParseV2(message, doSomething)).toEqual(expected)
  })

  it('line 183: not after other text', () => {
    expect(tryParseV2('   >>>   ::do-something k1=v1,::msg', doSomething)).toBeUndefined()
  })

  it('IssueCommandInvalidColumns (ActionCommandManagerL0.cs:293): properties as given', () => {
    expect(
      tryParseV2(
        '::warning line=1,endLine=2,col=1,endColumn=2::this is a warning',
        new Set(['WARNING'])
      )
    ).toEqual({
      command: 'warning',
      properties: { line: '1', endLine: '2', col: '1', endColumn: '2' },
      data: 'this is a warning'
    })
  })

  it('only registered names, compared ignoring case (ActionCommandManager.cs:25)', () => {
    expect(tryParseV2('::ERROR::x', new Set(['ERROR']))?.command).toBe('ERROR')
    expect(tryParseV2('::nope::x', new Set(['ERROR']))).toBeUndefined()
    expect(tryParseV2(':: error::x', new Set(['ERROR']))).toBeUndefined()
  })

  it('trims .NET white space only before the command (ActionCommand.cs:62)', () => {
    expect(tryParseV2('\t\u00a0 ::error::x', new Set(['ERROR']))?.data).toBe('x')
    expect(tryParseV2('\u0085::error::x', new Set(['ERROR']))?.data).toBe('x')
    // U+FEFF is white space to JavaScript's trimStart, not to .NET.
    expect(tryParseV2('\ufeff::error::x', new Set(['ERROR']))).toBeUndefined()
  })

  it('splits each property once on "=" and drops empty keys or values', () => {
    expect(tryParseV2('::error title=a=b,=c,d=,e==f::x', new Set(['ERROR']))?.properties).toEqual({
      title: 'a=b',
      e: 'f'
    })
  })
})

describe('lines as StreamReader.ReadLine reads them (ProcessInvoker.cs:507-519)', () => {
  it.each<[string, string[]]>([
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['a\rb\r', ['a', 'b']],
    ['a\r\r\nb', ['a', '', 'b']],
    ['\n\n', ['', '']],
    ['', []]
  ])('%j', (text, lines) => {
    expect(readLines(text)).toEqual(lines)
  })
})

/** What `work` writes to stdout, through whatever `process.stdout.write` is meanwhile. */
function stdoutOf(work: () => void): string {
  const written: string[] = []
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
  const write = process.stdout.write
  process.stdout.write = (chunk: string) => written.push(chunk) > 0
  try {
    work()
  } finally {
    process.stdout.write = write
  }
  return written.join('')
}

describe('the action’s relay of program output (src/exec/inert-log.ts), as the runner reads it', () => {
  it('program lines are text; the action’s own commands right after them are live', () => {
    const relay = new InertLog()
    const stdout = stdoutOf(() => {
      core.startGroup('Build')
      relay.line('::error title=x::fake')
      relay.line('##[set-output name=ami-id]ami-0bad')
      // In the same turn of the event loop: no timer may be relied on to resume first.
      core.warning('the action’s own')
      core.endGroup()
      relay.line('  ::add-mask::x')
      relay.resume()
      relay.resume()
    })
    const log = parseRunnerLog(stdout)
    expect(log.annotations).toEqual([
      { type: 'warning', message: 'the action’s own', properties: {} }
    ])
    expect(log.groups).toEqual(['##[group]Build', '##[endgroup]'])
    expect(log.outputs).toEqual({})
    expect(log.masks.filter(m => !/^[0-9a-f]{32}$/.test(m))).toEqual([])
    expect(log.printed).toContain('::error title=x::fake')
    expect(log.printed).toContain('  ::add-mask::x')
    expect(log.stops).toHaveLength(2)
    expect(log.stops.every(s => s.resumed !== undefined)).toBe(true)
    expect(new Set(log.stops.map(s => s.token)).size).toBe(2)
  })
})

describe('the command manager (ActionCommandManagerL0.cs)', () => {
  const processes = (manager: CommandManager, line: string) => manager.onLine(line)

  it('StopProcessCommand (:103-106): V1 stop, V1 token', () => {
    const manager = new CommandManager({ allowUnsecureCommands: true })
    expect(processes(manager, '##[stop-commands]stopToken')).toBe(true)
    expect(processes(manager, '##[set-env name=foo]bar')).toBe(false)
    expect(processes(manager, '##[stopToken]')).toBe(true)
    expect(processes(manager, '##[set-env name=foo]bar')).toBe(true)
    expect(manager.log.env).toEqual({ foo: 'bar' })
  })

  it('StopProcessCommandAcceptsValidToken (:166-169): V2 stop, V2 token', () => {
    const manager = new CommandManager()
    manager.onLine('::stop-commands::randomToken')
    manager.onLine('##[set-env name=foo]bar')
    expect(manager.log.commands).toEqual([])
    expect(manager.log.printed).toContain('##[set-env name=foo]bar')
    manager.onLine('::randomToken::')
    manager.onLine('##[set-env name=foo]bar')
    expect(manager.log.commands.map(c => c.name)).toEqual(['set-env'])
    expect(manager.log.stops).toEqual([{ token: 'randomToken', stopped: 0, resumed: 2 }])
  })

  it('StopProcessCommandMasksValidTokenForEntireRun (:182-188)', () => {
    const log = parseRunnerLog('::stop-commands::randomToken\nsay randomToken\n::randomToken::\n')
    expect(log.masks).toEqual(['randomToken'])
    expect(log.printed).toEqual(['::stop-commands::***', 'say ***', '::***::'])
  })

  it.each(['stop-commands', '', 'set-env'])(
    'StopProcessCommand__FailOnInvalidStopTokens (:141-153): %j',
    token => {
      expect(() => new CommandManager().onLine(`::stop-commands::${token}`)).toThrow(/refuses/)
    }
  )

  it.each(['stop-commands', '', 'set-env'])(
    'StopProcessCommand__AllowsInvalidStopTokens__IfEnvVarIsSet (:111-136): %j',
    token => {
      const manager = new CommandManager({ allowUnsecureStopCommandTokens: true })
      manager.onLine(`::stop-commands::${token}`)
      expect(manager.log.stops).toHaveLength(1)
    }
  )

  it('the token resumes in any case, and in either form (ActionCommandManager.cs:89-90)', () => {
    const log = parseRunnerLog(
      ['::stop-commands::AbCdEfGh', '::error::1', '##[abcdefgh]', '::error::2'].join('\n')
    )
    expect(log.annotations.map(a => a.message)).toEqual(['2'])
  })

  it('EchoProcessCommand (:208-218)', () => {
    const manager = new CommandManager()
    for (const line of ['::echo::on', '::echo::off', '::echo::ON', '::echo::Off   '])
      manager.onLine(line)
    expect(manager.log.commands.map(c => c.data)).toEqual(['on', 'off', 'ON', 'Off   '])
    expect(manager.log.failed).toBe(false)
    manager.onLine('::group::echoed')
    // A command is echoed when echo was on before it (ActionCommandManager.cs:128-131).
    expect(manager.log.printed).toEqual(['::echo::off', '::echo::Off   ', '##[group]echoed'])
  })

  it('set-env and add-path fail the step unless unsecure commands are allowed (:257-260)', () => {
    const log = parseRunnerLog('::set-env name=A::b\n::add-path::/x\n')
    expect(log.env).toEqual({})
    expect(log.failed).toBe(true)
    expect(log.annotations[0]?.message).toBe(
      "Unable to process command '::set-env name=A::b' successfully."
    )
  })

  it('notice needs enhanced annotations, compared case-sensitively (:76-80)', () => {
    const off = parseRunnerLog('::notice::a\n::NOTICE::b\n', { enhancedAnnotations: false })
    expect(off.annotations.map(a => a.message)).toEqual(['b'])
    expect(off.printed[0]).toBe('::notice::a')
  })

  it('add-mask masks the value and each of its lines (:427-450)', () => {
    const log = parseRunnerLog('::add-mask::one%0A two \nsay one two\n')
    expect(log.masks).toEqual(['one\n two ', 'one', 'two'])
    expect(log.printed).toEqual(['say *** ***'])
  })

  it('marks user output that looks like the runner’s own markers (OutputManager.cs:93-99)', () => {
    expect(parseRunnerLog('##[start-action x]\n').printed).toEqual(['##[\\start-action x]'])
  })

  it('reads what @actions/core writes as the commands it means', () => {
    const log = parseRunnerLog(
      stdoutOf(() => {
        core.error('line one\nline two, 100%', {
          title: 'a: b, c',
          file: 'f.pkr.hcl',
          startLine: 3
        })
        core.setSecret('s3cr3t')
        core.startGroup('Build')
        core.info('s3cr3t in the log')
        core.endGroup()
      })
    )
    expect(log.annotations).toEqual([
      {
        type: 'error',
        message: 'line one\nline two, 100%',
        properties: { title: 'a: b, c', file: 'f.pkr.hcl', line: '3' }
      }
    ])
    expect(log.masks).toEqual(['s3cr3t'])
    expect(log.groups).toEqual(['##[group]Build', '##[endgroup]'])
    expect(log.printed).toContain('*** in the log')
  })

  it('knows the registered commands (ExtensionManager.cs:42-57)', () => {
    expect(REGISTERED_COMMANDS).toHaveLength(15)
    expect(parseRunnerLog('::internal-set-repo-path::x\n').commands).toEqual([])
  })
})
