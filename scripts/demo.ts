/**
 * The action end to end on this machine, as the runner would run it for a push of the tag
 * release-0.1.0, against a simulated EC2: a local Packer mirror, a wheelhouse for Ansible, the
 * test bed's EC2 endpoint and an sshd as the instance, all on 127.0.0.1. Then the same tag
 * again, to show the reuse, and the post step. Everything it starts is stopped before it exits.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { publishModernPacker, publishPlugin } from '../testbed/modern-packer.js'
import { startReleaseBed, type ReleaseBed } from '../testbed/release-bed.js'
import type { StepResult } from '../testbed/runner.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TAG = 'refs/tags/release-0.1.0'

function heading(text: string): void {
  console.log(`\n\x1b[1m== ${text}\x1b[0m`)
}

/** The log as the runner would show it: workflow commands hidden, groups as headings. */
function show(result: StepResult): void {
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('::group::')) console.log(`  ▸ ${line.slice(9)}`)
    else if (
      line.startsWith('::notice::') ||
      line.startsWith('::warning::') ||
      line.startsWith('::error')
    )
      console.log(`  ${line}`)
    else if (!line.startsWith('::') && line.trim()) console.log(`    ${line}`)
  }
  console.log(`  exit code: ${result.exitCode}`)
  console.log('  outputs:')
  for (const [name, value] of Object.entries(result.outputs)) console.log(`    ${name} = ${value}`)
}

function summaryAsText(summary: string): string {
  return summary
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<\/tr>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

const ABOUT = `This demo runs the action as a runner would, against a simulated EC2 on this machine
(the test bed's EC2 endpoint on 127.0.0.1), with Debian's Packer 1.6.6 and ansible-core.
What differs from a real run: no AWS account is used; the "instance" Packer provisions is an
sshd on this machine; an AMI is a record in the endpoint's memory; the Packer download comes
from a local mirror signed with a key made for the demo. Nothing leaves the machine.`

async function main(): Promise<void> {
  console.log(ABOUT)
  heading(
    'System packages: packer, ansible-core, openssh-server, python3-venv, zip (apt-get, as root, when missing)'
  )
  execFileSync('bash', [path.join(root, 'scripts/system-packages.sh')], { stdio: 'inherit' })
  if (!fs.existsSync(path.join(root, 'dist/main.js')))
    execFileSync('npm', ['run', 'bundle'], { cwd: root, stdio: 'inherit' })

  heading('Starting the loopback world: Packer mirror, EC2 endpoint, sshd')
  const bed: ReleaseBed = await startReleaseBed()
  try {
    console.log(
      `  mirror ${bed.mirror.url}, EC2 ${bed.endpoint.url}, sshd 127.0.0.1:${bed.sshd.port} as ${bed.sshd.user}`
    )
    const demo = path.join(root, 'examples/demo')
    fs.cpSync(demo, path.join(bed.job.workspace, 'demo'), { recursive: true })
    const inputs = bed.inputs({
      template: 'demo/demo.pkr.hcl',
      tags: 'Team=platform',
      vars: [
        `ec2_endpoint=${bed.endpoint.url}`,
        `ssh_port=${bed.sshd.port}`,
        `ssh_user=${bed.sshd.user}`,
        `ssh_key_file=${bed.sshd.privateKeyFile}`,
        `stamp_dir=${bed.sshd.home}`
      ].join('\n')
    })

    heading(`Release: GITHUB_REF=${TAG}`)
    const first = await bed.main({ ref: TAG, inputs })
    show(first)
    const stamp = path.join(bed.sshd.home, 'image-version')
    if (fs.existsSync(stamp))
      console.log(`  the playbook wrote ${stamp}: ${fs.readFileSync(stamp, 'utf8').trim()}`)
    heading('Job summary')
    console.log(summaryAsText(first.summary))

    heading('The same tag again: reused, nothing installed or built')
    const again = await bed.main({ ref: TAG, inputs })
    show(again)

    heading('Post step')
    show(await bed.post({ state: first.state }))

    heading(
      'Packer 1.16.0 (a stand-in) validates the template: its plugins from the mirror, verified'
    )
    // Packer 1.6.6 bundles its plugins; from 1.10 on the action installs amazon and ansible from
    // packer-mirror, their SHA256SUMS signed by packer-signing-key, as it does Packer.
    const modern = fs.mkdtempSync(path.join(bed.job.temp, 'modern-packer-'))
    await publishModernPacker(bed.mirror, bed.key, modern)
    await publishPlugin(bed.mirror, bed.key, modern, 'amazon', '1.8.2')
    await publishPlugin(bed.mirror, bed.key, modern, 'ansible', '1.1.6')
    const validated = await bed.main({
      ref: 'refs/pull/1/merge',
      inputs: { ...inputs, mode: 'validate', 'packer-version': '1.16.0' }
    })
    show(validated)
    console.log(summaryAsText(validated.summary))

    heading('What the simulated EC2 holds')
    for (const region of ['us-east-1', 'us-west-2']) {
      for (const image of bed.endpoint.world.region(region).images.values()) {
        if (image.ownerId !== '123456789012') continue
        console.log(`  ${region} ${image.id} ${image.name} ${JSON.stringify(image.tags)}`)
      }
    }
    heading('In short')
    const amis = Object.entries(JSON.parse(first.outputs['amis'] ?? '{}') as Record<string, string>)
    const post = (await bed.post({ state: again.state })).stdout
    console.table([
      {
        run: 'release-0.1.0',
        version: first.outputs['image-version'],
        amis: amis.map(([r, a]) => `${r} → ${a}`).join(', '),
        reused: first.outputs['reused']
      },
      {
        run: 'the same tag again',
        version: again.outputs['image-version'],
        amis: '(the same)',
        reused: again.outputs['reused']
      },
      {
        run: 'post step',
        version: '',
        amis: /Removed/.test(post) ? 'removed leftovers' : 'nothing to clean up',
        reused: ''
      }
    ])
    if (
      first.exitCode !== 0 ||
      again.exitCode !== 0 ||
      again.outputs['reused'] !== 'true' ||
      validated.exitCode !== 0
    )
      process.exitCode = 1
    fs.rmSync(stamp, { force: true })
  } finally {
    await bed.close()
    heading('Stopped the mirror, the EC2 endpoint and sshd')
  }
}

await main()
