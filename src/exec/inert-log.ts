import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'

/**
 * Relays lines that programs print (Packer, its provisioners, Ansible, pip) so that none of them
 * can be a workflow command: each burst of lines is written between `::stop-commands::<token>`
 * and `::<token>::`, with a fresh random token, and the runner takes no command while stopped
 * (actions/runner, src/Runner.Worker/ActionCommandManager.cs). A provisioner that prints
 * `::error::` or `::save-state ...` therefore shows up as text, never as an annotation or state.
 * Commands resume after each turn of the event loop, so the action's own annotations, groups and
 * masks work; code that issues one while lines may be pending calls `command()` first.
 */
export class InertLog {
  private token: string | undefined
  private resumeSoon: NodeJS.Immediate | undefined

  line(text: string): void {
    if (this.token === undefined) {
      this.token = randomBytes(16).toString('hex')
      core.info(`::stop-commands::${this.token}`)
    }
    core.info(text)
    this.resumeSoon ??= setImmediate(() => this.resume())
  }

  /** Runs one of the action's own workflow commands (warning, error, group) with commands on. */
  command(issue: () => void): void {
    this.resume()
    issue()
  }

  resume(): void {
    if (this.resumeSoon !== undefined) clearImmediate(this.resumeSoon)
    this.resumeSoon = undefined
    if (this.token === undefined) return
    core.info(`::${this.token}::`)
    this.token = undefined
  }
}

/** The one relay of the process: every program's output goes through it. */
export const inertLog = new InertLog()
