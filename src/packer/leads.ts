import type { LeadKind } from '../release/evidence.js'
import { attempt } from './hcl.js'
import { REGION_NAME } from '../constants.js'

/**
 * The lines in which the amazon builder names a resource it creates, as Packer 1.6.6
 * (builder/amazon) and the amazon plugin v1.8.2 (common/, builder/ebs/) print them; the same
 * text in both unless noted. Each match is a lead: a provisioner can print the same words.
 */
const LEAD_LINES: [RegExp, LeadKind][] = [
  // hashicorp/packer-plugin-amazon@v1.8.2:common/step_key_pair.go:69 (Packer 1.6.6: :60).
  // `temporary_key_pair_name` is used verbatim, so any name.
  [/^Creating temporary keypair: (\S.*)$/, 'key-pair'],
  // common/step_security_group.go:101 (1.6.6: :82); the name is packer_<uuid> (:100).
  [/^Creating temporary security group for this instance: (packer_[0-9a-f-]+)$/, 'security-group'],
  // common/step_run_source_instance.go:454, also for spot (1.6.6: :237 and step_run_spot_instance.go:354).
  [/^Instance ID: (i-[0-9a-f]+)$/, 'instance'],
  // common/step_source_ami_info.go:71 (1.6.6: :94).
  [/^Found Image ID: (ami-[0-9a-f]+)$/, 'source-image'],
  // common/step_pre_validate.go:110 (1.6.6: :100): the template's ami_name, which the AMI and
  // its copies take (except the random-named intermediate AMI of encrypt_boot and
  // skip_save_build_region, builder/ebs/step_create_ami.go:51-63, found by its ID). Said first,
  // before any provisioner: the only AMI name taken, so that no printed name can stand for it.
  [/^Prevalidating AMI Name: (.+)$/, 'image-name'],
  // builder/ebs/step_create_ami.go:118 (1.6.6: :83).
  [/^AMI: (ami-[0-9a-f]+)$/, 'image'],
  // common/step_ami_region_copy.go:122 (1.6.6: :111). Copies take the AMI name.
  [new RegExp(`^Copying to: (${REGION_NAME})$`), 'copy-region'],
  // common/step_run_spot_instance.go:366, plugin only: Packer 1.6.6 never prints it.
  [/^Created Spot Fleet launch template: (lt-[0-9a-f]+)$/, 'launch-template'],
  // common/step_iam_instance_profile.go:75 and :110 (1.6.6: :62 and :88); both packer-<uuid>.
  [
    /^Creating temporary instance profile for this instance: (packer-[0-9a-f-]+)$/,
    'instance-profile'
  ],
  [/^Creating temporary role for this instance: (packer-[0-9a-f-]+)$/, 'role']
]

/** The lead a build's line names, if any. */
export function leadOfLine(text: string): { kind: LeadKind; value: string } | undefined {
  for (const [pattern, kind] of LEAD_LINES) {
    const value = pattern.exec(text)?.[1]
    if (value !== undefined) return { kind, value }
  }
  return undefined
}

/**
 * What an Ansible failure looks like in the log, so the step's error names it once: the task
 * that failed and the host's message (`TASK [...]`, then `fatal: [host]: FAILED! => {...}`, or
 * `failed: [host] (item=...) => {...}` for an item of a loop), which the ansible provisioner
 * relays line by line (hashicorp/packer-plugin-ansible@v1.1.6:
 * provisioner/ansible/provisioner.go:917-939). A failure followed by `...ignoring`
 * (`ignore_errors`) did not fail the play.
 */
export class AnsibleFailureReader {
  private task: string | undefined
  /** The last failure seen, e.g. `task 'Install nginx' failed on default: No package matching 'nginxx'`. */
  message: string | undefined
  /** The failure before the current task's, for its `...ignoring` (once, after all items). */
  private beforeTask: string | undefined

  line(text: string): void {
    const task = /^TASK \[(.+)\]/.exec(text)
    if (task) {
      this.task = task[1]
      this.beforeTask = this.message
    }
    if (text.trim() === '...ignoring') {
      this.message = this.beforeTask
      return
    }
    const fatal = /^fatal: \[([^\]]+)\]: (FAILED|UNREACHABLE)! => (.*)$/.exec(text)
    const item = /^failed: \[([^\]]+)\] \(item=.*?\) => (.*)$/.exec(text)
    const [host, unreachable, json] = fatal
      ? [fatal[1], fatal[2] === 'UNREACHABLE', fatal[3]]
      : item
        ? [item[1], false, item[2]]
        : []
    if (host === undefined) return
    this.message = `task '${this.task ?? '?'}' ${unreachable ? 'could not reach' : 'failed on'} ${host}: ${ansibleMessage(json ?? '')}`
  }
}

/** The result's `msg` and `stderr`, e.g. `non-zero return code: ls: cannot access ...`. */
function ansibleMessage(json: string): string {
  // Packer's output cannot tell an escaped `\n` in the JSON from a new line (see
  // machine-readable.ts), so JSON that does not parse arrived cut at the first one: take what
  // came of msg and stderr (Ansible sorts the keys, so msg comes first).
  const result = attempt(() => JSON.parse(json) as unknown, undefined) ?? {
    msg: cutString(json, 'msg'),
    stderr: cutString(json, 'stderr')
  }
  const { msg, stderr } = (typeof result === 'object' && result !== null ? result : {}) as {
    msg?: unknown
    stderr?: unknown
  }
  const text = [msg, stderr].filter((v): v is string => typeof v === 'string' && v !== '')
  return text.join(': ') || json
}

/** A string property of JSON that may end early: `"name": "text` up to the end or its quote. */
function cutString(json: string, name: string): string | undefined {
  const raw = new RegExp(`"${name}": "((?:[^"\\\\]|\\\\.)*)`).exec(json)?.[1]
  return raw === undefined ? undefined : attempt(() => JSON.parse(`"${raw}"`) as string, undefined)
}

/**
 * The builders whose steps name, before any provisioner runs, the instance they launch and what
 * it uses (hashicorp/packer-plugin-amazon@v1.8.2: builder/ebs, ebssurrogate, ebsvolume and
 * instance all run common/step_key_pair.go, step_security_group.go and
 * step_run_source_instance.go before the provisioners). Another build (null, docker,
 * amazon-chroot) names nothing first, so every line of it that looks like a lead may be a
 * provisioner's: its lines are no leads.
 */
const ANNOUNCING_BUILDERS = /^amazon-(ebs|ebssurrogate|ebsvolume|instance)$/

/**
 * Whether a build's lines can be leads: its builder is known (`types`, from the template) or
 * read from an HCL2 build name (`[<build>.]<type>.<name>`), and it is one of those above.
 */
export function announcesResources(build: string, types: ReadonlyMap<string, string>): boolean {
  const type = types.get(build) ?? /(?:^|\.)(amazon-[a-z]+)\.[^.]+$/.exec(build)?.[1]
  return type !== undefined && ANNOUNCING_BUILDERS.test(type)
}
