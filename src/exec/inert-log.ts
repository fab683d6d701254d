import { randomBytes } from 'node:crypto'
import * as os from 'node:os'

type Write = typeof process.stdout.write

/**
 * Relays lines that programs print (Packer, its provisioners, Ansible, pip) so that none of them
 * can be a workflow command: they are written after `::stop-commands::<token>`, with a fresh
 * random token, and the runner takes no command until `::<token>::`
 * (actions/runner@v2.336.0:src/Runner.Worker/ActionCommandManager.cs:83-124). A provisioner that
 * prints `::error::` or `::save-state ...` shows up as text, never as an annotation or state.
 *
 * Commands resume as soon as anything else is written to stdout, before it is written: every
 * annotation, group, mask or log line of the action itself (@actions/core writes through
 * `process.stdout.write`) is taken as the runner should, and no caller has to resume them.
 */
export class InertLog {
  private token: string | undefined
  private write: Write | undefined

  line(text: string): void {
    if (this.token === undefined) this.stop()
    this.write?.call(process.stdout, `${text}${os.EOL}`)
  }

  /** Resumes commands now; anything else written to stdout does so first by itself. */
  resume(): void {
    const { token, write } = this
    if (token === undefined || write === undefined) return
    this.token = this.write = undefined
    process.stdout.write = write
    write.call(process.stdout, `::${token}::${os.EOL}`)
  }

  private stop(): void {
    // Kept unbound: the very same function is put back on resume.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const write = process.stdout.write
    this.token = randomBytes(16).toString('hex')
    this.write = write
    write.call(process.stdout, `::stop-commands::${this.token}${os.EOL}`)
    process.stdout.write = ((...args: Parameters<Write>) => {
      this.resume()
      return process.stdout.write(...args)
    }) as Write
  }
}

/** The one relay of the process: every program's output goes through it. */
export const inertLog = new InertLog()

/**
 * A line the runner offers its command parser: one that holds `::` or `##[` anywhere
 * (actions/runner@v2.336.0:src/Runner.Worker/Handlers/OutputManager.cs:77-99).
 */
const COMMAND_LIKE = /::|##\[/

/**
 * The action's log lines, which carry what AWS, GitHub and templates say (tag values, names,
 * URLs): a line the runner could take for a command goes out inert, the rest as `core.info`
 * writes it. The runner reads `\r` as a line end too.
 */
export function say(text: string): void {
  for (const line of text.split(/\r\n|\r|\n/))
    if (COMMAND_LIKE.test(line)) inertLog.line(line)
    else process.stdout.write(`${line}${os.EOL}`)
}
