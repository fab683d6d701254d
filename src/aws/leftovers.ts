import * as core from '@actions/core'
import { State } from '../constants.js'
import type { Leftover } from '../packer/machine-readable.js'

export interface RecordedLeftover extends Leftover {
  region: string
}

/**
 * Keeps the step state's list of temporary resources current as Packer names them, so the
 * post step knows what to check even when the main step is killed mid-build.
 */
export class LeftoverRecorder {
  readonly recorded: RecordedLeftover[] = []

  constructor(private readonly region: string) {}

  record(leftover: Leftover): void {
    if (this.recorded.some(r => r.kind === leftover.kind && r.id === leftover.id)) return
    this.recorded.push({ ...leftover, region: this.region })
    core.saveState(State.Leftovers, JSON.stringify(this.recorded))
  }
}
