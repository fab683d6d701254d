import * as fs from 'node:fs'
import * as path from 'node:path'
import { BuildOutputReader } from '../../src/packer/build-output.js'
import { describe, expect, it } from 'vitest'
import type { Artifact } from '../../src/release/artifact.js'
import type { Lead } from '../../src/release/evidence.js'
import { AnsibleFailureReader, announcesResources, leadOfLine } from '../../src/packer/leads.js'
import {
  ArtifactCollector,
  nameCollision,
  parseAmiArtifactId,
  parseMachineReadable,
  splitUiLine,
  type PackerEvent
} from '../../src/packer/machine-readable.js'
import { validationAnnotations } from '../../src/packer/validate.js'

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'packer')
/** A transcript recorded from a real Packer 1.6.6 run (fixtures/packer/README.md). */
const transcript = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8')

/**
 * The fake EC2 of the recordings answered with IDs that are not hexadecimal (`i-0fake…`,
 * `ami-0new…`); AWS's are. The same transcript with AWS-shaped IDs of the same length.
 */
const HEX: Record<string, string> = {
  new: 'aaa',
  source: 'bbbbbb',
  fake: 'cccc',
  existing: 'dddddddd'
}
const awsShaped = (text: string) =>
  text.replace(/-0(new|source|fake|existing)/g, (_, word: string) => `-0${HEX[word] ?? ''}`)

/**
 * What src/packer/run.ts does with each line of Packer's stdout, without the log: lines split as
 * node's readline splits them, UI text decoded and split into its lines, each line's build and
 * text, the leads, Ansible's failure, the build errors and the AMI artifacts. run.ts keeps this
 * inside runPackerBuild; it is copied here from its `stdout.on('line')` handler.
 */
/** What the build runner reads from an output, line by line as run.ts feeds it. */
function replay(output: string, builds: string[] = []) {
  const said: { build: string; text: string }[] = []
  const known = [...builds]
  const reader = new BuildOutputReader(builds, line => {
    const one = splitUiLine(line, known)
    if (one) said.push(one)
  })
  for (const line of output.split(/\r\n|\r|\n/)) reader.line(line)
  return {
    leads: reader.leads,
    errors: reader.errors,
    buildErrors: reader.buildErrors,
    said,
    artifacts: reader.artifacts.artifacts,
    builds: reader.artifacts.builds(),
    ansibleFailure: reader.ansibleFailure
  }
}

/**
 * A UI line as Packer writes it with -machine-readable: the build's TargetedUI prefixes every
 * line of the message (`==> NAME: ` for Say and Error, `    NAME: ` for Message before Packer
 * 1.13; hashicorp/packer@v1.6.6:packer/ui.go:121-151, v1.12.0 :148-150), and from 1.13 on
 * Message is Say (v1.16.0:packer/ui.go:141-156); MachineReadableUi then escapes `,`, CR and LF
 * (v1.16.0:packer/ui.go:236-245, v1.6.6 :194-203).
 */
function uiLine(
  packer: '1.6.6' | '1.12' | '1.15',
  method: 'Say' | 'Message' | 'Error',
  build: string,
  message: string
): string {
  const arrow = method !== 'Message' || packer === '1.15'
  const type =
    method === 'Error' ? 'error' : method === 'Message' && packer !== '1.15' ? 'message' : 'say'
  const prefixed = message
    .split('\n')
    .map(line => `${arrow ? '==>' : '   '} ${build}: ${line}`.trimEnd())
    .join('\n')
  const escaped = prefixed
    .replaceAll(',', '%!(PACKER_COMMA)')
    .replaceAll('\r', '\\r')
    .replaceAll('\n', '\\n')
  return `1795319673,,ui,${type},${escaped}`
}

describe('parseMachineReadable', () => {
  it.each<[string, string, PackerEvent | undefined]>([
    [
      'an artifact id: a comma in data is %!(PACKER_COMMA) (packer/ui.go:239)',
      '1795319687,amazon-ebs,artifact,0,id,us-east-1:ami-0new000000000002%!(PACKER_COMMA)us-west-2:ami-0new000000000003',
      {
        timestamp: 1795319687,
        target: 'amazon-ebs',
        type: 'artifact',
        data: ['0', 'id', 'us-east-1:ami-0new000000000002,us-west-2:ami-0new000000000003']
      }
    ],
    [
      'an artifact string: new lines are a literal \\n (ui.go:241)',
      '1795319673,amazon-ebs,artifact,0,string,AMIs were created:\\nus-east-1: ami-0new000000000001\\n',
      {
        timestamp: 1795319673,
        target: 'amazon-ebs',
        type: 'artifact',
        data: ['0', 'string', 'AMIs were created:\nus-east-1: ami-0new000000000001\n']
      }
    ],
    [
      'the end of an artifact',
      '1795319673,amazon-ebs,artifact,0,end',
      { timestamp: 1795319673, target: 'amazon-ebs', type: 'artifact', data: ['0', 'end'] }
    ],
    [
      'a Message line keeps its four spaces',
      '1795319673,,ui,message,    amazon-ebs: Instance ID: i-0fake000000000001',
      {
        timestamp: 1795319673,
        target: '',
        type: 'ui',
        data: ['message', '    amazon-ebs: Instance ID: i-0fake000000000001']
      }
    ],
    [
      'a CR is a literal \\r, each line of the message prefixed (null-multiline.out)',
      '1795319426,,ui,say,==> null: Breakpoint provisioner with note "line1\\n==> null: line2%!(PACKER_COMMA) with comma\\r\\n==> null: line3" disabled; continuing...',
      {
        timestamp: 1795319426,
        target: '',
        type: 'ui',
        data: [
          'say',
          '==> null: Breakpoint provisioner with note "line1\n==> null: line2, with comma\r\n==> null: line3" disabled; continuing...'
        ]
      }
    ],
    [
      'a printed backslash-n cannot be told from a new line (null-escapes.out)',
      '1795319409,,ui,message,    null: literal-backslash-n: a\\nb',
      {
        timestamp: 1795319409,
        target: '',
        type: 'ui',
        data: ['message', '    null: literal-backslash-n: a\nb']
      }
    ],
    [
      'a TAB passes as it is (ebs-launch-error.out)',
      '1795319686,,ui,error,==> amazon-ebs: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.\\n==> amazon-ebs: \tstatus code: 403%!(PACKER_COMMA) request id: req-2',
      {
        timestamp: 1795319686,
        target: '',
        type: 'ui',
        data: [
          'error',
          '==> amazon-ebs: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.\n==> amazon-ebs: \tstatus code: 403, request id: req-2'
        ]
      }
    ],
    [
      'a target with a comma, which Packer does not escape (packer-facts.md §2.1)',
      '1795319419,comma,name,error,Script exited with non-zero exit status: 3.Allowed exit codes are: [0]',
      {
        timestamp: 1795319419,
        target: 'comma,name',
        type: 'error',
        data: ['Script exited with non-zero exit status: 3.Allowed exit codes are: [0]']
      }
    ],
    [
      'the same build in a UI line, escaped there',
      "1795319419,,ui,error,Build 'comma%!(PACKER_COMMA)name' errored after 12 milliseconds 422 microseconds: Script exited with non-zero exit status: 3.Allowed exit codes are: [0]",
      {
        timestamp: 1795319419,
        target: '',
        type: 'ui',
        data: [
          'error',
          "Build 'comma,name' errored after 12 milliseconds 422 microseconds: Script exited with non-zero exit status: 3.Allowed exit codes are: [0]"
        ]
      }
    ],
    [
      'a build name with a space and a dot (post-processors.out)',
      '1795321770,app server.v2,artifact-count,3',
      { timestamp: 1795321770, target: 'app server.v2', type: 'artifact-count', data: ['3'] }
    ],
    [
      'the error count',
      '1795319685,,error-count,1',
      { timestamp: 1795319685, target: '', type: 'error-count', data: ['1'] }
    ],
    [
      'a build error',
      "1795319685,amazon-ebs,error,Error: AMI Name: 'my-ami-test' is used by an existing AMI: ami-0existing00000001",
      {
        timestamp: 1795319685,
        target: 'amazon-ebs',
        type: 'error',
        data: ["Error: AMI Name: 'my-ami-test' is used by an existing AMI: ami-0existing00000001"]
      }
    ],
    // `packer version -machine-readable`, live 1.6.6 (packer-facts.md §6; command/version.go:37-41).
    [
      'the version',
      '1795319740,,version,1.6.6',
      { timestamp: 1795319740, target: '', type: 'version', data: ['1.6.6'] }
    ],
    [
      'the prerelease, empty',
      '1795319740,,version-prelease,',
      { timestamp: 1795319740, target: '', type: 'version-prelease', data: [''] }
    ],
    [
      'the commit, empty',
      '1795319740,,version-commit,',
      { timestamp: 1795319740, target: '', type: 'version-commit', data: [''] }
    ],
    [
      'a type with no data',
      '1795319740,,version',
      { timestamp: 1795319740, target: '', type: 'version', data: [] }
    ],
    [
      'a CR left at the end of the line',
      '1795319673,,ui,say,==> amazon-ebs: x\r',
      { timestamp: 1795319673, target: '', type: 'ui', data: ['say', '==> amazon-ebs: x'] }
    ],
    ['an empty line', '', undefined],
    ['the exit code a recording script added', 'rc=0', undefined],
    ['plain text', 'Packer v1.6.6', undefined],
    ['no timestamp', 'abc,amazon-ebs,artifact,0,end', undefined],
    ['a type Packer does not write', '1795319673,amazon-ebs,artifactual,0', undefined],
    ['a timestamp alone', '1795319673', undefined]
  ])('%s', (_, line, expected) => {
    expect(parseMachineReadable(line)).toEqual(expected)
  })

  it('reads every line of every recording', () => {
    for (const name of fs.readdirSync(FIXTURES).filter(f => f.endsWith('.out'))) {
      const lines = transcript(name).split('\n').filter(Boolean)
      expect(
        lines.filter(l => parseMachineReadable(l) === undefined),
        name
      ).toEqual([])
    }
  })
})

describe('parseAmiArtifactId', () => {
  // Sorted `region:ami` pairs joined by `,`: hashicorp/packer-plugin-amazon@v1.8.2:common/artifact.go:45-53
  // (hashicorp/packer@v1.6.6:builder/amazon/common/artifact.go:40-48).
  it.each<[string, { region: string; amiId: string }[] | undefined]>([
    ['us-east-1:ami-0123456789abcdef0', [{ region: 'us-east-1', amiId: 'ami-0123456789abcdef0' }]],
    [
      'us-east-1:ami-0aaa0001,us-west-2:ami-0bbb0002',
      [
        { region: 'us-east-1', amiId: 'ami-0aaa0001' },
        { region: 'us-west-2', amiId: 'ami-0bbb0002' }
      ]
    ],
    [
      'cn-north-1:ami-0aaa0001,us-gov-west-1:ami-0bbb0002',
      [
        { region: 'cn-north-1', amiId: 'ami-0aaa0001' },
        { region: 'us-gov-west-1', amiId: 'ami-0bbb0002' }
      ]
    ],
    ['us-east-1:ami-0new000000000001', undefined],
    ['Null', undefined],
    ['packer-manifest.json', undefined],
    ['us-east-1:snap-0123abcd', undefined],
    ['us-east-1:ami-0123abcd,extra', undefined],
    ['ami-0123abcd', undefined],
    ['', undefined]
  ])('%j', (id, expected) => {
    expect(parseAmiArtifactId(id)).toEqual(expected)
  })
})

describe('ArtifactCollector', () => {
  const collect = (lines: string) => {
    const collector = new ArtifactCollector()
    for (const line of lines.trim().split('\n')) {
      const event = parseMachineReadable(line.trim())
      if (event) collector.add(event)
    }
    return collector
  }

  it.each<[string, Artifact[]]>([
    ['ebs-ok.out', [{ build: 'amazon-ebs', region: 'us-east-1', amiId: 'ami-0aaa000000000001' }]],
    [
      'ebs-encrypt-boot.out',
      [
        { build: 'amazon-ebs', region: 'us-east-1', amiId: 'ami-0aaa000000000002' },
        { build: 'amazon-ebs', region: 'us-west-2', amiId: 'ami-0aaa000000000003' }
      ]
    ],
    [
      // The build region's key holds the intermediate AMI, deregistered in cleanup (§1.9).
      'ebs-skip-save-build-region.out',
      [
        { build: 'amazon-ebs', region: 'us-east-1', amiId: 'ami-0aaa000000000001' },
        { build: 'amazon-ebs', region: 'us-west-2', amiId: 'ami-0aaa000000000002' }
      ]
    ],
    ['ebs-spot.out', [{ build: 'amazon-ebs', region: 'us-east-1', amiId: 'ami-0aaa000000000001' }]],
    ['ebs-duplicate-name.out', []],
    ['ebs-launch-error.out', []]
  ])('%s, with AWS-shaped IDs', (name, expected) => {
    expect(replay(awsShaped(transcript(name))).artifacts).toEqual(expected)
  })

  it('takes no AMI whose ID is not AWS-shaped (the recordings as they are)', () => {
    expect(replay(transcript('ebs-ok.out')).artifacts).toEqual([])
  })

  it('takes nothing from artifacts that are not AMIs: three null artifacts of one build', () => {
    const run = replay(transcript('post-processors.out'))
    expect([run.artifacts, run.builds]).toEqual([[], []])
  })

  it('an AMI and a manifest of it in one build: the AMI once (command/build.go:422-438)', () => {
    // The manifest post-processor's artifact Id() is its input's
    // (hashicorp/packer@v1.16.0:post-processor/manifest/post-processor.go:111, artifact.go:37-38).
    const c = collect(`
      1,amazon-ebs.app,artifact-count,2
      1,amazon-ebs.app,artifact,0,builder-id,mitchellh.amazonebs
      1,amazon-ebs.app,artifact,0,id,eu-west-1:ami-0aaa0001%!(PACKER_COMMA)us-east-1:ami-0bbb0002
      1,amazon-ebs.app,artifact,0,string,AMIs were created:\\neu-west-1: ami-0aaa0001\\nus-east-1: ami-0bbb0002\\n
      1,amazon-ebs.app,artifact,0,files-count,0
      1,amazon-ebs.app,artifact,0,end
      1,amazon-ebs.app,artifact,1,builder-id,packer.post-processor.manifest
      1,amazon-ebs.app,artifact,1,id,eu-west-1:ami-0aaa0001%!(PACKER_COMMA)us-east-1:ami-0bbb0002
      1,amazon-ebs.app,artifact,1,files-count,1
      1,amazon-ebs.app,artifact,1,file,0,packer-manifest.json
      1,amazon-ebs.app,artifact,1,end
    `)
    expect(c.artifacts).toEqual([
      { build: 'amazon-ebs.app', region: 'eu-west-1', amiId: 'ami-0aaa0001' },
      { build: 'amazon-ebs.app', region: 'us-east-1', amiId: 'ami-0bbb0002' }
    ])
    expect(c.builds()).toEqual(['amazon-ebs.app'])
  })

  it('an AMI and a checksum file in one build: only the AMI', () => {
    const c = collect(`
      1,amazon-ebs.app,artifact-count,2
      1,amazon-ebs.app,artifact,0,id,us-east-1:ami-0aaa0001
      1,amazon-ebs.app,artifact,0,end
      1,amazon-ebs.app,artifact,1,builder-id,packer.post-processor.checksum
      1,amazon-ebs.app,artifact,1,id,packer_amazon-ebs.app_sha256.checksum
      1,amazon-ebs.app,artifact,1,end
    `)
    expect(c.artifacts).toEqual([
      { build: 'amazon-ebs.app', region: 'us-east-1', amiId: 'ami-0aaa0001' }
    ])
  })

  it('keeps builds apart when their lines alternate, and names with commas whole', () => {
    const c = collect(`
      1,web,artifact,0,id,us-east-1:ami-0aaa0001
      1,comma,name,artifact,0,id,us-east-1:ami-0bbb0002
      1,web,artifact,0,end
      1,comma,name,artifact,0,end
    `)
    expect(c.artifacts).toEqual([
      { build: 'web', region: 'us-east-1', amiId: 'ami-0aaa0001' },
      { build: 'comma,name', region: 'us-east-1', amiId: 'ami-0bbb0002' }
    ])
    expect(c.builds()).toEqual(['web', 'comma,name'])
  })

  it('takes an artifact only at its end, and a nil artifact is none', () => {
    const c = collect(`
      1,a,artifact,0,id,us-east-1:ami-0aaa0001
      1,b,artifact,0,nil
      1,b,artifact,0,end
    `)
    expect(c.artifacts).toEqual([])
  })
})

describe('splitUiLine', () => {
  it.each<[string, string[], { build: string; text: string; by?: string } | undefined]>([
    [
      '==> amazon-ebs: Creating temporary keypair: x',
      [],
      { build: 'amazon-ebs', text: 'Creating temporary keypair: x' }
    ],
    ['    amazon-ebs: AMI: ami-0aaa0001', [], { build: 'amazon-ebs', text: 'AMI: ami-0aaa0001' }],
    [
      '==> amazon-ebs.app: AMI: ami-0aaa0001',
      ['amazon-ebs.app'],
      { build: 'amazon-ebs.app', text: 'AMI: ami-0aaa0001' }
    ],
    // Build names are the template's, with spaces and dots (packer-plugin-sdk template/parse.go:171-174).
    [
      '    app server.v2: Found Image ID: ami-0aaa0001',
      ['app server.v2'],
      { build: 'app server.v2', text: 'Found Image ID: ami-0aaa0001' }
    ],
    ['==> my app: says: hello', ['my app'], { build: 'my app', text: 'says: hello' }],
    ['==> my app: says: hello', [], { build: 'my app', text: 'says: hello' }],
    // The longest known name first: `a` must not take `a: b`'s lines.
    [
      '==> a: b: Instance ID: i-0aaa0001',
      ['a', 'a: b'],
      { build: 'a: b', text: 'Instance ID: i-0aaa0001' }
    ],
    [
      '==> a: b: Instance ID: i-0aaa0001',
      ['a'],
      { build: 'a', text: 'b: Instance ID: i-0aaa0001' }
    ],
    // A post-processor speaks as `NAME (type)` (hashicorp/packer@v1.16.0:packer/build.go:382).
    [
      '    app server.v2 (shell-local): Instance ID: i-0123456789abcdef0',
      ['app server.v2'],
      { build: 'app server.v2', text: 'Instance ID: i-0123456789abcdef0', by: 'shell-local' }
    ],
    [
      '==> amazon-ebs.app (manifest): x',
      [],
      { build: 'amazon-ebs.app', text: 'x', by: 'manifest' }
    ],
    [
      '==> named.null.base: Running local shell script: /tmp/x',
      ['named.null.base'],
      { build: 'named.null.base', text: 'Running local shell script: /tmp/x' }
    ],
    // A known name followed by ` (` is a build's line only in the form above.
    ['==> app (waiting for ssh', ['app'], undefined],
    ['==> app (waiting): for ssh', ['app'], { build: 'app', text: 'for ssh', by: 'waiting' }],
    ['    null:\tindented', [], undefined],
    ['==> amazon-ebs:', [], undefined],
    // Packer's own lines, not a build's (command/build.go).
    [
      "Build 'amazon-ebs' finished after 46 milliseconds 536 microseconds.",
      ['amazon-ebs'],
      undefined
    ],
    ['==> Wait completed after 46 milliseconds 592 microseconds', [], undefined],
    ['==> Builds finished. The artifacts of successful builds are:', [], undefined],
    ["==> Some builds didn't complete successfully and had errors:", [], undefined],
    ['--> amazon-ebs: AMIs were created:', ['amazon-ebs'], undefined],
    ['  amazon-ebs: two spaces', ['amazon-ebs'], undefined],
    ['', [], undefined]
  ])('%j', (line, known, expected) => {
    expect(splitUiLine(line, known)).toEqual(expected)
  })
})

const UUID = '6b026779-fcaf-17b5-c500-3a5b9f9ed84b'
const P66 = 'hashicorp/packer@v1.6.6:builder/amazon/common'
const P66E = 'hashicorp/packer@v1.6.6:builder/amazon/ebs'
const A82 = 'hashicorp/packer-plugin-amazon@v1.8.2:common'
const A82E = 'hashicorp/packer-plugin-amazon@v1.8.2:builder/ebs'

/**
 * One line of the amazon builder: where it is written, the Packer that prints it (1.6.6 with its
 * built-in builder; 1.15, where Message is Say since 1.13, or 1.12, where Message is still
 * indented, with plugin v1.8.2), how it is said, and what it says.
 */
type BuilderLine = [
  cite: string,
  packer: '1.6.6' | '1.12' | '1.15',
  method: 'Say' | 'Message' | 'Error',
  text: string
]

describe('leadOfLine: every line that names a resource the build creates', () => {
  it.each<[...BuilderLine, Lead['kind'], string]>([
    [
      `${P66}/step_key_pair.go:60`,
      '1.6.6',
      'Say',
      `Creating temporary keypair: packer_${UUID}`,
      'key-pair',
      `packer_${UUID}`
    ],
    [
      `${A82}/step_key_pair.go:69`,
      '1.15',
      'Say',
      `Creating temporary keypair: packer_${UUID}`,
      'key-pair',
      `packer_${UUID}`
    ],
    // temporary_key_pair_name is used verbatim (packer-plugin-sdk@v0.6.10:communicator/config.go:86).
    [
      `${P66}/step_key_pair.go:60`,
      '1.6.6',
      'Say',
      'Creating temporary keypair: my-fixed-kp',
      'key-pair',
      'my-fixed-kp'
    ],
    [
      `${A82}/step_key_pair.go:69`,
      '1.15',
      'Say',
      'Creating temporary keypair: ci key, 2',
      'key-pair',
      'ci key, 2'
    ],
    [
      `${P66}/step_security_group.go:81-82`,
      '1.6.6',
      'Say',
      `Creating temporary security group for this instance: packer_${UUID}`,
      'security-group',
      `packer_${UUID}`
    ],
    [
      `${A82}/step_security_group.go:100-101`,
      '1.15',
      'Say',
      `Creating temporary security group for this instance: packer_${UUID}`,
      'security-group',
      `packer_${UUID}`
    ],
    [
      `${P66}/step_run_source_instance.go:237`,
      '1.6.6',
      'Message',
      'Instance ID: i-0123456789abcdef0',
      'instance',
      'i-0123456789abcdef0'
    ],
    [
      `${P66}/step_run_spot_instance.go:354`,
      '1.6.6',
      'Message',
      'Instance ID: i-0123456789abcdef0',
      'instance',
      'i-0123456789abcdef0'
    ],
    [
      `${A82}/step_run_source_instance.go:454 (spot too: step_run_spot_instance.go:479)`,
      '1.15',
      'Say',
      'Instance ID: i-0123456789abcdef0',
      'instance',
      'i-0123456789abcdef0'
    ],
    [
      `${A82}/step_run_source_instance.go:454`,
      '1.12',
      'Say',
      'Instance ID: i-0123abcd',
      'instance',
      'i-0123abcd'
    ],
    [
      `${P66}/step_source_ami_info.go:94`,
      '1.6.6',
      'Message',
      'Found Image ID: ami-0123456789abcdef0',
      'source-image',
      'ami-0123456789abcdef0'
    ],
    [
      `${A82}/step_source_ami_info.go:71`,
      '1.15',
      'Say',
      'Found Image ID: ami-0123456789abcdef0',
      'source-image',
      'ami-0123456789abcdef0'
    ],
    [
      `${P66}/step_pre_validate.go:100`,
      '1.6.6',
      'Say',
      'Prevalidating AMI Name: app 1.2.0 (arm64)',
      'image-name',
      'app 1.2.0 (arm64)'
    ],
    [
      `${A82}/step_pre_validate.go:110`,
      '1.15',
      'Say',
      'Prevalidating AMI Name: app-1.2.0',
      'image-name',
      'app-1.2.0'
    ],
    [
      `${P66E}/step_create_ami.go:83`,
      '1.6.6',
      'Message',
      'AMI: ami-0123456789abcdef0',
      'image',
      'ami-0123456789abcdef0'
    ],
    [
      `${A82E}/step_create_ami.go:118`,
      '1.15',
      'Message',
      'AMI: ami-0123456789abcdef0',
      'image',
      'ami-0123456789abcdef0'
    ],
    [
      `${A82E}/step_create_ami.go:118`,
      '1.12',
      'Message',
      'AMI: ami-0123456789abcdef0',
      'image',
      'ami-0123456789abcdef0'
    ],
    [
      `${P66}/step_ami_region_copy.go:111`,
      '1.6.6',
      'Message',
      'Copying to: us-west-2',
      'copy-region',
      'us-west-2'
    ],
    [
      `${A82}/step_ami_region_copy.go:122`,
      '1.15',
      'Message',
      'Copying to: us-gov-west-1',
      'copy-region',
      'us-gov-west-1'
    ],
    [
      `${A82}/step_ami_region_copy.go:122`,
      '1.12',
      'Message',
      'Copying to: eu-central-1',
      'copy-region',
      'eu-central-1'
    ],
    [
      `${A82}/step_ami_region_copy.go:122 (the AWS European Sovereign Cloud)`,
      '1.15',
      'Message',
      'Copying to: eusc-de-east-1',
      'copy-region',
      'eusc-de-east-1'
    ],
    [
      `${A82}/step_run_spot_instance.go:365-366 (the ID; plugin only)`,
      '1.15',
      'Say',
      'Created Spot Fleet launch template: lt-0123456789abcdef0',
      'launch-template',
      'lt-0123456789abcdef0'
    ],
    [
      `${P66}/step_iam_instance_profile.go:53,62`,
      '1.6.6',
      'Say',
      `Creating temporary instance profile for this instance: packer-${UUID}`,
      'instance-profile',
      `packer-${UUID}`
    ],
    [
      `${A82}/step_iam_instance_profile.go:66,75`,
      '1.15',
      'Say',
      `Creating temporary instance profile for this instance: packer-${UUID}`,
      'instance-profile',
      `packer-${UUID}`
    ],
    [
      `${P66}/step_iam_instance_profile.go:88`,
      '1.6.6',
      'Say',
      `Creating temporary role for this instance: packer-${UUID}`,
      'role',
      `packer-${UUID}`
    ],
    [
      `${A82}/step_iam_instance_profile.go:110`,
      '1.15',
      'Say',
      `Creating temporary role for this instance: packer-${UUID}`,
      'role',
      `packer-${UUID}`
    ]
  ])('%s (Packer %s, %s)', (_, packer, method, text, kind, value) => {
    const build = packer === '1.6.6' ? 'amazon-ebs' : 'amazon-ebs.app'
    const run = replay(uiLine(packer, method, build, text), [build])
    expect(run.said).toEqual([{ build, text }])
    expect(run.leads).toEqual([{ kind, value, build }])
  })
})

describe('leadOfLine: lines that must not become leads', () => {
  it.each<BuilderLine>([
    // Packer's refusal names an AMI that is not the build's.
    [
      `${P66}/step_pre_validate.go:116-118`,
      '1.6.6',
      'Error',
      "Error: AMI Name: 'app-1.2.0' is used by an existing AMI: ami-0123456789abcdef0"
    ],
    [
      `${A82}/step_pre_validate.go:128-130`,
      '1.15',
      'Error',
      "Error: AMI Name: 'app-1.2.0' is used by an existing AMI: ami-0123456789abcdef0"
    ],
    [
      `${P66E}/step_create_ami.go:175`,
      '1.6.6',
      'Say',
      'Deregistered AMI id: ami-0123456789abcdef0'
    ],
    [`${A82E}/step_create_ami.go:213`, '1.15', 'Say', 'Deregistered AMI id: ami-0123456789abcdef0'],
    [`${A82E}/step_create_ami.go:228`, '1.15', 'Say', 'Deleted snapshot: snap-0123456789abcdef0'],
    // force_deregister removes an older AMI of the same name.
    [
      `${P66}/step_deregister_ami.go:69`,
      '1.6.6',
      'Say',
      'Deregistered AMI app-1.2.0, id: ami-0123456789abcdef0'
    ],
    [
      `${A82}/step_deregister_ami.go:72`,
      '1.15',
      'Say',
      'Deregistered AMI app-1.2.0, id: ami-0123456789abcdef0'
    ],
    // The user's own key pair and security groups are not temporary.
    [`${P66}/step_key_pair.go:47`, '1.6.6', 'Say', 'Using SSH Agent for existing key pair deploy'],
    [`${A82}/step_key_pair.go:56`, '1.15', 'Say', 'Using SSH Agent for existing key pair deploy'],
    [
      `${P66}/step_security_group.go:74`,
      '1.6.6',
      'Message',
      'Found Security Group(s): sg-0123456789abcdef0'
    ],
    [
      `${A82}/step_security_group.go:93`,
      '1.15',
      'Say',
      'Found Security Group(s): sg-0123456789abcdef0'
    ],
    [
      `${P66}/step_run_source_instance.go:238`,
      '1.6.6',
      'Say',
      'Waiting for instance (i-0123456789abcdef0) to become ready...'
    ],
    [
      `${A82}/step_ami_region_copy.go:114`,
      '1.15',
      'Say',
      'Copying/Encrypting AMI (ami-0123456789abcdef0) to other regions...'
    ],
    [
      `${A82}/step_iam_instance_profile.go:152`,
      '1.15',
      'Say',
      `Attaching policy to the temporary role: packer-${UUID}`
    ],
    [
      `${A82}/step_run_spot_instance.go:311`,
      '1.15',
      'Say',
      'Creating Spot Fleet launch template...'
    ],
    // Said after the provisioners ran, so a provisioner could say it first: only the name
    // prevalidated before them is taken (the AMI itself is found by its ID).
    [
      `${P66E}/step_create_ami.go:48`,
      '1.6.6',
      'Say',
      'Creating AMI app 1.2.0, arm from instance i-0123456789abcdef0'
    ],
    // encrypt_boot / skip_save_build_region: 7 random characters (step_create_ami.go:51-63).
    [
      `${A82E}/step_create_ami.go:65`,
      '1.15',
      'Say',
      'Creating AMI 1DXiKOJ from instance i-0123456789abcdef0'
    ],
    // Provisioner output carries the same prefix (packer-plugin-sdk@v0.6.10:packer/communicator.go:160 for stderr, :169 for stdout).
    [
      'a provisioner line with text before the words',
      '1.15',
      'Say',
      'echo: the Instance ID: i-0123456789abcdef0'
    ],
    ['a provisioner line, indented', '1.6.6', 'Message', '  AMI: ami-0123456789abcdef0'],
    [
      'an Ansible result naming an AMI',
      '1.15',
      'Say',
      'ok: [default] => {"msg": "AMI: ami-0123456789abcdef0"}'
    ],
    // The fake EC2's IDs, as recorded (fixtures/packer/README.md): AWS's are hexadecimal.
    [
      'ebs-ok.out: an instance ID that is not AWS-shaped',
      '1.6.6',
      'Message',
      'Instance ID: i-0fake000000000001'
    ],
    [
      'ebs-ok.out: an AMI ID that is not AWS-shaped',
      '1.6.6',
      'Message',
      'AMI: ami-0new000000000001'
    ]
  ])('%s (Packer %s, %s)', (_, packer, method, text) => {
    const build = packer === '1.6.6' ? 'amazon-ebs' : 'amazon-ebs.app'
    const run = replay(uiLine(packer, method, build, text), [build])
    expect(run.said).toEqual([{ build, text }])
    expect(run.leads).toEqual([])
  })

  it.each([
    [
      "Build 'amazon-ebs' errored after 11 milliseconds 244 microseconds: Error: AMI Name: 'my-ami-test' is used by an existing AMI: ami-0123456789abcdef0"
    ],
    [
      "--> amazon-ebs: Error: AMI Name: 'my-ami-test' is used by an existing AMI: ami-0123456789abcdef0"
    ],
    ['--> amazon-ebs: AMIs were created:\nus-east-1: ami-0123456789abcdef0\n']
  ])('Packer’s own summary, not a build’s line: %j', text => {
    expect(leadOfLine(text)).toBeUndefined()
    expect(replay(`1,,ui,error,${text.replaceAll('\n', '\\n')}`, ['amazon-ebs']).leads).toEqual([])
  })
})

describe('BuildOutputReader: what is taken at its word', () => {
  const observe = (output: string, builds: string[]) => {
    const seen: { leads: Lead[]; finished: string[]; artifacts: Artifact[][] } = {
      leads: [],
      finished: [],
      artifacts: []
    }
    const reader = new BuildOutputReader(builds, () => undefined, {
      lead: lead => seen.leads.push(lead),
      finished: build => seen.finished.push(build),
      artifact: artifacts => seen.artifacts.push(artifacts),
      cancelled: () => undefined
    })
    for (const line of output.split('\n')) reader.line(line)
    return seen
  }
  const APP = 'amazon-ebs.app'
  const WEB = 'amazon-ebs.web'

  it.each(['1.6.6', '1.12', '1.15'] as const)(
    'a printed backslash-n cannot speak for another build, or for Packer (%s)',
    packer => {
      // One line a provisioner of app printed: what follows `\n` decodes to a new line that
      // looks like web's, and like Packer's own.
      const printed = [
        'done\\n==> amazon-ebs.web: Instance ID: i-0123456789abcdef0',
        "\\nBuild 'amazon-ebs.web' finished after 1 second."
      ].join('')
      const seen = observe(uiLine(packer, 'Message', APP, printed), [APP, WEB])
      expect(seen).toEqual({ leads: [], finished: [], artifacts: [] })
    }
  )

  it('a post-processor’s line names nothing', () => {
    const line =
      '1795321770,,ui,message,    amazon-ebs.app (shell-local): AMI: ami-0123456789abcdef0'
    expect(observe(line, [APP]).leads).toEqual([])
  })

  it('Packer’s own `Build ... finished` line, as soon as it is said', () => {
    const seen = observe(
      [
        "1795321770,,ui,say,Build 'amazon-ebs.app' finished after 7 milliseconds 715 microseconds.",
        "1795321770,,ui,error,Build 'amazon-ebs.web' errored after 9 milliseconds: boom"
      ].join('\n'),
      [APP, WEB]
    )
    expect(seen.finished).toEqual([APP])
  })

  it('each artifact once it is whole, with its build', () => {
    const seen = observe(
      [
        '1795319687,amazon-ebs.app,artifact-count,1',
        '1795319687,amazon-ebs.app,artifact,0,id,us-east-1:ami-0aaa0001%!(PACKER_COMMA)us-west-2:ami-0aaa0002',
        '1795319687,amazon-ebs.web,artifact,0,id,us-east-1:ami-0bbb0001'
      ].join('\n'),
      [APP, WEB]
    )
    expect(seen.artifacts).toEqual([])
    const done = observe(
      [
        '1795319687,amazon-ebs.app,artifact,0,id,us-east-1:ami-0aaa0001%!(PACKER_COMMA)us-west-2:ami-0aaa0002',
        '1795319687,amazon-ebs.app,artifact,0,end'
      ].join('\n'),
      [APP]
    )
    expect(done.artifacts).toEqual([
      [
        { build: APP, region: 'us-east-1', amiId: 'ami-0aaa0001' },
        { build: APP, region: 'us-west-2', amiId: 'ami-0aaa0002' }
      ]
    ])
  })
})

describe('transcripts of live Packer 1.6.6 amazon-ebs runs', () => {
  const leads = (name: string) =>
    replay(awsShaped(transcript(name)), ['amazon-ebs']).leads.map(l => `${l.kind} ${l.value}`)

  it('ebs-ok.out (packer-facts.md §1.11)', () => {
    expect(leads('ebs-ok.out')).toEqual([
      'image-name my-ami-test',
      'source-image ami-0bbbbbb000000001',
      'key-pair packer_6b026779-fcaf-17b5-c500-3a5b9f9ed84b',
      'security-group packer_6b026779-926c-c6f2-0bd5-936a5bce291c',
      'instance i-0cccc000000000001',
      'image ami-0aaa000000000001'
    ])
    // As recorded, the fake IDs name nothing: not the instance, the AMI, nor the AMI's name in
    // `Creating AMI my-ami-test from instance i-0fake…`.
    expect(replay(transcript('ebs-ok.out')).leads.map(l => l.kind)).toEqual([
      'image-name',
      'key-pair',
      'security-group'
    ])
  })

  it('ebs-encrypt-boot.out: the intermediate AMI by its ID, and both copy regions', () => {
    expect(leads('ebs-encrypt-boot.out')).toEqual([
      'image-name my-ami-test',
      'source-image ami-0bbbbbb000000001',
      'key-pair packer_6b026787-89f2-b750-e5e2-d8db594aee1f',
      'security-group packer_6b026787-e17e-f258-3b75-f76f7dfa57dd',
      'instance i-0cccc000000000001',
      'image ami-0aaa000000000001',
      'copy-region us-east-1',
      'copy-region us-west-2'
    ])
  })

  it('ebs-skip-save-build-region.out: no prevalidation, one copy region', () => {
    expect(leads('ebs-skip-save-build-region.out')).toEqual([
      'source-image ami-0bbbbbb000000001',
      'key-pair packer_6b026788-2d23-d106-2fdc-46842dfb6812',
      'security-group packer_6b026788-a9a6-e7e2-f30f-422cc593fe72',
      'instance i-0cccc000000000001',
      'image ami-0aaa000000000001',
      'copy-region us-west-2'
    ])
  })

  it('ebs-spot.out: Packer 1.6.6 names no launch template', () => {
    expect(leads('ebs-spot.out')).toEqual([
      'image-name my-ami-test',
      'source-image ami-0bbbbbb000000001',
      'key-pair packer_6b02678a-a315-f0cd-ebd1-5e4f8c2646dd',
      'security-group packer_6b02678a-0c97-6af1-0d55-aa200072cf3f',
      'instance i-0cccc000000000001',
      'image ami-0aaa000000000001'
    ])
  })

  it('ebs-temporary-key-pair-name.out: the key pair by its given name', () => {
    expect(leads('ebs-temporary-key-pair-name.out')).toContain('key-pair my-fixed-kp')
  })

  it('ebs-launch-error.out: a two-line error, its build errors and no instance', () => {
    const run = replay(awsShaped(transcript('ebs-launch-error.out')), ['amazon-ebs'])
    expect(run.leads.map(l => l.kind)).toEqual([
      'image-name',
      'source-image',
      'key-pair',
      'security-group'
    ])
    expect(run.buildErrors).toEqual(
      new Map([
        [
          'amazon-ebs',
          'Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.\n\tstatus code: 403, request id: req-2'
        ]
      ])
    )
    expect(run.said).toContainEqual({
      build: 'amazon-ebs',
      text: '\tstatus code: 403, request id: req-2'
    })
  })

  it('ebs-duplicate-name.out: the collision, which names no lead', () => {
    const run = replay(awsShaped(transcript('ebs-duplicate-name.out')), ['amazon-ebs'])
    expect(run.leads.map(l => `${l.kind} ${l.value}`)).toEqual(['image-name my-ami-test'])
    expect(nameCollision(run.errors)).toEqual({
      name: 'my-ami-test',
      amiId: 'ami-0dddddddd00000001'
    })
    expect(run.buildErrors.get('amazon-ebs')).toBe(
      "Error: AMI Name: 'my-ami-test' is used by an existing AMI: ami-0dddddddd00000001"
    )
  })

  it('post-processors.out: a post-processor’s line is the build’s, and never a lead', () => {
    const run = replay(transcript('post-processors.out'))
    expect(run.said).toEqual([
      { build: 'app server.v2', text: 'Running post-processor: manifest' },
      { build: 'app server.v2', text: 'Running post-processor: shell-local' },
      {
        build: 'app server.v2',
        text: 'Running local shell script: /tmp/packer-shell3326860610',
        by: 'shell-local'
      },
      { build: 'app server.v2', text: 'Instance ID: i-0123456789abcdef0', by: 'shell-local' }
    ])
    expect(run.leads).toEqual([])
  })

  it('null-escapes.out (packer-facts.md §2.4): lines of two builds, a comma, a printed \\n', () => {
    const run = replay(transcript('null-escapes.out'), ['null', 'named-null'])
    expect(run.said.filter(s => s.build === 'null').map(s => s.text)).toEqual([
      'Running local shell script: /tmp/packer-shell2937702457',
      // `a\\nb` printed reads as two lines, the second without the build's prefix.
      'literal-backslash-n: a',
      'after',
      'comma-test: x,y,z',
      'multi-line-1',
      'multi-line-2',
      'tab\there',
      'no-trailing-newline',
      'stderr-line, with comma'
    ])
    expect(run.errors).toEqual([
      '==> named-null: stderr-line, with comma',
      '==> null: stderr-line, with comma'
    ])
  })

  it('null-multiline.out (§2.4): every line of a message carries the prefix, CR LF included', () => {
    expect(replay(transcript('null-multiline.out'), ['null']).said.slice(0, 3)).toEqual([
      { build: 'null', text: 'Breakpoint provisioner with note "line1' },
      { build: 'null', text: 'line2, with comma' },
      { build: 'null', text: 'line3" disabled; continuing...' }
    ])
  })

  it('a build name with a CR: Packer writes it raw in the target (fail.out, §2.4)', () => {
    const run = replay(
      [
        '1795319419,,ui,message,    cr\\rname: out-line',
        '1795319419,cr\rname,error,Script exited with non-zero exit status: 3.Allowed exit codes are: [0]',
        '1795319419,comma,name,error,Script exited with non-zero exit status: 3.Allowed exit codes are: [0]'
      ].join('\n')
    )
    // Lines are split at a lone CR as node's readline does, so that build's error is lost; the
    // comma's is kept.
    expect([...run.buildErrors.keys()]).toEqual(['comma,name'])
  })
})

describe('nameCollision', () => {
  it.each<[string[], { name: string; amiId: string } | undefined]>([
    [
      [
        "==> amazon-ebs: Error: AMI Name: 'app-1.2.0' is used by an existing AMI: ami-0123456789abcdef0"
      ],
      { name: 'app-1.2.0', amiId: 'ami-0123456789abcdef0' }
    ],
    [
      [
        'x',
        "Build 'a' errored after 1s: Error: AMI Name: 'my app (1.2)' is used by an existing AMI: ami-0aaa0001"
      ],
      { name: 'my app (1.2)', amiId: 'ami-0aaa0001' }
    ],
    [["Error: AMI Name: 'app' is used by an existing AMI: ami-0new000000000001"], undefined],
    [['Error launching source instance: UnauthorizedOperation'], undefined],
    [[], undefined]
  ])('%j', (errors, expected) => {
    expect(nameCollision(errors)).toEqual(expected)
  })
})

describe('AnsibleFailureReader', () => {
  // ansible-core 2.14.18 (Debian) lib/ansible/plugins/callback/default.py: `fatal: [%s]: FAILED! => %s`
  // (:67), `...ignoring` (:71), `fatal: [%s]: UNREACHABLE! => %s` (:130), `failed: [%s] (item=%s) => %s` (:273).
  it.each<[string, string]>([
    ['ansible-loop.out', "task 'Loop with a failing item' failed on default: non-zero return code"],
    [
      'ansible-stderr.out',
      "task 'List the release files' failed on default: non-zero return code: ls: cannot access '/nonexistent-a': No such file or directory"
    ],
    [
      'ansible-unreachable.out',
      "task 'Ping' could not reach default: Failed to connect to the host via ssh: ssh: connect to host 127.0.0.1 port 1: Connection refused"
    ]
  ])('%s, as Packer 1.6.6 relays it (ui.Message)', (name, message) => {
    expect(replay(transcript(name), ['amazon-ebs']).ansibleFailure).toBe(message)
  })

  it.each([['ansible-loop.out'], ['ansible-stderr.out'], ['ansible-unreachable.out']])(
    '%s, as plugin ansible v1.1.6 relays it through Packer 1.15 (ui.Say, provisioner.go:924)',
    name => {
      const relayed = transcript(name).replaceAll(
        ',ui,message,    amazon-ebs:',
        ',ui,say,==> amazon-ebs.app:'
      )
      expect(replay(relayed, ['amazon-ebs.app']).ansibleFailure).toBe(
        replay(transcript(name), ['amazon-ebs']).ansibleFailure
      )
    }
  )

  it.each<[string, string[], string | undefined]>([
    ['nothing failed', ['TASK [Install nginx] ****', 'ok: [default]'], undefined],
    [
      'msg',
      [
        'TASK [Install nginx] ****',
        'fatal: [default]: FAILED! => {"changed": false, "msg": "No package matching \'nginxx\' is available"}'
      ],
      "task 'Install nginx' failed on default: No package matching 'nginxx' is available"
    ],
    [
      'msg and stderr',
      [
        'TASK [Run] ***',
        'fatal: [default]: FAILED! => {"msg": "non-zero return code", "rc": 1, "stderr": "boom"}'
      ],
      "task 'Run' failed on default: non-zero return code: boom"
    ],
    [
      'stderr only',
      ['TASK [Run] ***', 'fatal: [default]: FAILED! => {"stderr": "boom"}'],
      "task 'Run' failed on default: boom"
    ],
    [
      'an empty stderr',
      ['TASK [Run] ***', 'fatal: [default]: FAILED! => {"msg": "m", "stderr": ""}'],
      "task 'Run' failed on default: m"
    ],
    [
      'not JSON',
      ['TASK [Run] ***', 'fatal: [default]: FAILED! => changed=false'],
      "task 'Run' failed on default: changed=false"
    ],
    [
      'no task seen',
      ['fatal: [default]: FAILED! => {"msg": "m"}'],
      "task '?' failed on default: m"
    ],
    [
      'JSON cut at an escaped new line in msg: what came of msg',
      ['TASK [Run] ***', 'fatal: [default]: FAILED! => {"changed": false, "msg": "first line'],
      "task 'Run' failed on default: first line"
    ],
    [
      'an item of a loop',
      ['TASK [Users] ***', 'failed: [default] (item={\'name\': \'a (b)\'}) => {"msg": "bad user"}'],
      "task 'Users' failed on default: bad user"
    ],
    [
      'the last failure wins (a rescue ran in between)',
      [
        'TASK [One] ***',
        'fatal: [default]: FAILED! => {"msg": "first"}',
        'TASK [Two] ***',
        'fatal: [default]: FAILED! => {"msg": "second"}'
      ],
      "task 'Two' failed on default: second"
    ],
    [
      'an ignored failure is none',
      [
        'TASK [Probe] ***',
        'fatal: [default]: FAILED! => {"msg": "no"}',
        '...ignoring',
        'TASK [Next] ***',
        'ok: [default]'
      ],
      undefined
    ],
    [
      'items of an ignored loop are none, an earlier failure stays',
      [
        'TASK [One] ***',
        'fatal: [default]: FAILED! => {"msg": "first"}',
        'TASK [Loop] ***',
        'failed: [default] (item=a) => {"msg": "a"}',
        'failed: [default] (item=b) => {"msg": "b"}',
        '...ignoring'
      ],
      "task 'One' failed on default: first"
    ],
    [
      'unreachable',
      [
        'TASK [Ping] ***',
        'fatal: [web-1]: UNREACHABLE! => {"changed": false, "msg": "timed out", "unreachable": true}'
      ],
      "task 'Ping' could not reach web-1: timed out"
    ],
    [
      'a line that only mentions it',
      ['TASK [Run] ***', 'ok: [default] => {"msg": "fatal: [default]: FAILED! => {}"}'],
      undefined
    ]
  ])('%s', (_, lines, message) => {
    const reader = new AnsibleFailureReader()
    for (const line of lines) reader.line(line)
    expect(reader.message).toBe(message)
  })
})

describe('validationAnnotations: `packer validate` output, live Packer 1.6.6', () => {
  it.each<[string, string, string, { message: string; file: string; line: number | undefined }[]]>([
    [
      'an HCL2 error with its file and line',
      'Error: Unsupported argument\n\n  on unk.pkr.hcl line 3:\n  (source code not available)\n\nAn argument named "bogus" is not expected here.\n\n\n',
      'unk.pkr.hcl',
      [
        {
          message: 'Unsupported argument: An argument named "bogus" is not expected here.',
          file: '/w/unk.pkr.hcl',
          line: 3
        }
      ]
    ],
    [
      'an HCL2 error Packer places nowhere (`on  line 0`)',
      'Error: Unknown source null.b\n\n  on  line 0:\n  (source code not available)\n\nKnown: map[null.a:{null a 0xc000119860 <nil> }]\n\n\n',
      'bad.pkr.hcl',
      [
        {
          message: 'Unknown source null.b: Known: map[null.a:{null a 0xc000119860 <nil> }]',
          file: '/w/bad.pkr.hcl',
          line: undefined
        }
      ]
    ],
    [
      'a legacy JSON parse error: its line',
      'Failed to parse template: Error parsing JSON: invalid character \'"\' after object key:value pair\nAt line 3, column 22 (offset 39):\n    2:   "builders": [\n    3:     {"type": "null" "\n                           ^\n\n',
      'bad.json',
      [
        {
          message:
            "Failed to parse template: Error parsing JSON: invalid character '\"' after object key:value pair At line 3, column 22 (offset 39):",
          file: '/w/bad.json',
          line: 3
        }
      ]
    ]
  ])('%s', (_, output, name, expected) => {
    expect(validationAnnotations(output, [`/w/${name}`], '/w')).toEqual(expected)
  })
})

describe('announcesResources: whose lines can be leads', () => {
  const types = new Map([
    ['app', 'amazon-ebs'],
    ['check', 'null'],
    ['chroot', 'amazon-chroot']
  ])
  it.each([
    ['app', true],
    ['check', false],
    ['chroot', false],
    ['amazon-ebs.web', true],
    ['arm.amazon-ebs.web', true],
    ['amazon-instance.x', true],
    ['amazon-ebsvolume.v', true],
    ['null.check', false],
    ['docker.app', false],
    ['amazon-chroot.c', false],
    ['unknown', false]
  ])('%s: %s', (build, expected) => {
    expect(announcesResources(build, types)).toBe(expected)
  })
})
