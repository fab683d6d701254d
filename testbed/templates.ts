import type { Sshd } from './sshd.js'

/** How a test build reaches its "instance": not at all, or the local sshd (never the fake instance IP). */
export type Target = { communicator: 'none' } | { communicator: 'ssh'; sshd: Sshd }

export interface AmazonBuild {
  /** Source name: the build is `amazon-ebs.<name>`. */
  name: string
  amiRegions?: string[]
  /** A playbook for the ansible provisioner (needs an ssh target). */
  playbook?: string
  /** HCL expression for ami_name; default `"<name>-${var.image_version}"`. */
  amiName?: string
  /** Extra HCL lines inside the source block. */
  extra?: string[]
  /** Shell-local commands run as a provisioner of this build (on the runner, not the instance). */
  localCommands?: string[]
}

export interface TemplateOptions {
  endpoint: string
  region?: string
  target: Target
  builds: AmazonBuild[]
  /** Declare `variable "image_version"` and name the AMI after it. */
  versioned?: boolean
  /** HCL post-processors block lines, e.g. a manifest. */
  postProcessors?: string[]
  /** ansible-playbook to run; default: the one on PATH. */
  ansibleCommand?: string
}

const q = (s: string) => JSON.stringify(s)

function communicatorLines(target: Target): string[] {
  if (target.communicator === 'none') return ['communicator = "none"']
  return [
    'communicator         = "ssh"',
    'ssh_host             = "127.0.0.1"',
    `ssh_port             = ${target.sshd.port}`,
    `ssh_username         = ${q(target.sshd.user)}`,
    `ssh_private_key_file = ${q(target.sshd.privateKeyFile)}`,
    'ssh_timeout          = "30s"'
  ]
}

/** An HCL2 amazon-ebs template against the loopback EC2 endpoint. */
export function hclTemplate(o: TemplateOptions): string {
  const lines: string[] = []
  if (o.versioned !== false) lines.push('variable "image_version" {', '  type = string', '}', '')
  const suffix = o.versioned !== false ? '-${var.image_version}' : ''
  for (const b of o.builds) {
    lines.push(
      `source "amazon-ebs" ${q(b.name)} {`,
      `  region                  = ${q(o.region ?? 'us-east-1')}`,
      `  custom_endpoint_ec2     = ${q(o.endpoint)}`,
      '  skip_metadata_api_check = true',
      '  source_ami              = "ami-00000000000000001"',
      '  instance_type           = "t3.micro"',
      `  ami_name                = ${b.amiName ?? `"${b.name}${suffix}"`}`,
      ...(b.amiRegions ? [`  ami_regions             = ${JSON.stringify(b.amiRegions)}`] : []),
      ...communicatorLines(o.target).map(l => `  ${l}`),
      ...(b.extra ?? []).map(l => `  ${l}`),
      '}',
      ''
    )
  }
  for (const b of o.builds) {
    lines.push('build {', `  sources = ["source.amazon-ebs.${b.name}"]`)
    if (b.localCommands)
      lines.push(
        '  provisioner "shell-local" {',
        `    inline = ${JSON.stringify(b.localCommands)}`,
        '  }'
      )
    if (b.playbook) {
      lines.push(
        '  provisioner "ansible" {',
        `    playbook_file   = ${q(b.playbook)}`,
        ...(o.ansibleCommand ? [`    command         = ${q(o.ansibleCommand)}`] : []),
        '    use_proxy       = false',
        '    extra_arguments = ["-e", "image_version=${var.image_version}"]',
        '    ansible_env_vars = ["ANSIBLE_HOST_KEY_CHECKING=False", "ANSIBLE_SSH_ARGS=-o ControlMaster=no -o ControlPersist=no -o UserKnownHostsFile=/dev/null", "ANSIBLE_NOCOLOR=1"]',
        '  }'
      )
    }
    lines.push(...(o.postProcessors ?? []).map(l => `  ${l}`), '}', '')
  }
  return lines.join('\n')
}

/** The same builds as a legacy JSON template (Packer 1.6 style). */
export function jsonTemplate(o: TemplateOptions): string {
  const target = o.target
  const communicator =
    target.communicator === 'none'
      ? { communicator: 'none' }
      : {
          communicator: 'ssh',
          ssh_host: '127.0.0.1',
          ssh_port: target.sshd.port,
          ssh_username: target.sshd.user,
          ssh_private_key_file: target.sshd.privateKeyFile,
          ssh_timeout: '30s'
        }
  const versioned = o.versioned !== false
  return JSON.stringify(
    {
      ...(versioned ? { variables: { image_version: '' } } : {}),
      builders: o.builds.map(b => ({
        type: 'amazon-ebs',
        name: b.name,
        region: o.region ?? 'us-east-1',
        custom_endpoint_ec2: o.endpoint,
        skip_metadata_api_check: true,
        source_ami: 'ami-00000000000000001',
        instance_type: 't3.micro',
        ami_name: versioned ? `${b.name}-{{user \`image_version\`}}` : b.name,
        ...(b.amiRegions ? { ami_regions: b.amiRegions } : {}),
        ...communicator
      })),
      provisioners: o.builds
        .filter(b => b.playbook)
        .map(b => ({
          type: 'ansible',
          only: [b.name],
          playbook_file: b.playbook,
          ...(o.ansibleCommand ? { command: o.ansibleCommand } : {}),
          use_proxy: false,
          extra_arguments: ['-e', 'image_version={{user `image_version`}}'],
          ansible_env_vars: [
            'ANSIBLE_HOST_KEY_CHECKING=False',
            'ANSIBLE_SSH_ARGS=-o ControlMaster=no -o ControlPersist=no -o UserKnownHostsFile=/dev/null',
            'ANSIBLE_NOCOLOR=1'
          ]
        }))
    },
    null,
    2
  )
}

/** A playbook that stamps the version on the target, as an image build would. */
export function stampPlaybook(marker: string, extraTasks: string[] = []): string {
  return [
    '- hosts: all',
    '  gather_facts: false',
    '  tasks:',
    '    - name: Stamp the image version',
    '      ansible.builtin.copy:',
    `        dest: ${q(marker)}`,
    "        content: \"{{ image_version }} {{ lookup('env', 'IMAGE_VERSION') }}\\n\"",
    ...extraTasks,
    ''
  ].join('\n')
}

/** An HCL2 `null` build beside a template's AMI builds: a smoke check running `commands` locally. */
export function nullBuild(commands: string[]): string {
  return [
    'source "null" "check" {',
    '  communicator = "none"',
    '}',
    '',
    'build {',
    '  sources = ["source.null.check"]',
    '  provisioner "shell-local" {',
    `    inline = ${JSON.stringify(commands)}`,
    '  }',
    '}',
    ''
  ].join('\n')
}
