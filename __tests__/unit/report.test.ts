import { describe, expect, it } from 'vitest'
import { readContext } from '../../src/context.js'
import { amiSection, withSection } from '../../src/github/release-notes.js'
import { consoleLink } from '../../src/release/console.js'
import { renderOutputs } from '../../src/report/outputs.js'
import type { Outcome, RunResult } from '../../src/report/result.js'
import { duration, renderSummary } from '../../src/report/summary.js'

const context = readContext({
  GITHUB_REPOSITORY: 'acme/images',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_RUN_ID: '42',
  GITHUB_SERVER_URL: 'https://github.com'
})
const artifacts = [
  { build: 'amazon-ebs.app', region: 'us-east-1', amiId: 'ami-0aaaaaaaaaaaaaaa1' },
  { build: 'amazon-ebs.app', region: 'eu-west-1', amiId: 'ami-0aaaaaaaaaaaaaaa2' }
]

const render = (r: RunResult) => renderSummary(r, context, [['Build the image', 1234]], 5000)

describe('the job summary tells each outcome as it was', () => {
  // outcome, what else the run did, what it must say, what it must not say
  const cases: [Outcome, Partial<RunResult>, RegExp[], RegExp[]][] = [
    [
      'built',
      { artifacts, built: artifacts, tagged: true },
      [/<h2>Released release-1\.0\.0<\/h2>/, /Built and tagged 2 AMIs/, /ami-0aaaaaaaaaaaaaaa2/],
      [/failed/i, /Reused/]
    ],
    [
      'reused',
      { artifacts },
      [/<h2>Reused release-1\.0\.0<\/h2>/, /nothing was built/],
      [/Built and tagged/]
    ],
    [
      'finished',
      { artifacts },
      [
        /An earlier attempt of this run built the release but did not release it; this run released 2 AMIs\. Nothing was built\./
      ],
      [/Built and tagged/]
    ],
    [
      'failed',
      { error: "packer build failed: Ansible: task 'Install nginx' failed on default: No package" },
      [/<h2>Release release-1\.0\.0 failed<\/h2>/, /No AMI was built/, /Install nginx/],
      [/Built and tagged/, /Released/]
    ],
    [
      'failed',
      { built: artifacts, error: 'The AMIs were built but could not be tagged' },
      [
        /were built but not released \(not tagged\): ami-0aaaaaaaaaaaaaaa1 \(us-east-1\)/,
        /Re-run the job/
      ],
      [/Built and tagged/, /No AMI was built/]
    ],
    [
      'failed',
      { built: artifacts.slice(0, 1), tagged: true, error: 'publishing failed' },
      [/were built and tagged before the failure: ami-0aaaaaaaaaaaaaaa1/],
      [/No AMI was built/]
    ],
    [
      'cancelled',
      {},
      [/cancelled/, /the post step removes what this run left/],
      [/Released/, /failed/]
    ],
    [
      'skipped',
      { notes: ["ref 'refs/heads/main' is not a tag matching 'release-*'"], version: undefined },
      [/<h2>Not a release<\/h2>/, /refs\/heads\/main/, /release-\*/],
      [/Released/, /failed/]
    ],
    [
      'invalid-input',
      { error: "Input 'packer-version': 'latest' is not an exact Packer version" },
      [
        /<h2>Inputs refused<\/h2>/,
        /Nothing was downloaded, run, or asked of AWS/,
        /packer-version/
      ],
      [/Released/]
    ],
    [
      'found',
      { artifacts },
      [/<h2>Found release-1\.0\.0<\/h2>/, /Nothing was installed or built/],
      [/Built/]
    ],
    [
      'installed',
      { version: undefined, tools: { packer: '1.15.4', ansible: '2.21.2' } },
      [/<h2>Tools installed<\/h2>/, /Packer 1\.15\.4 and Ansible 2\.21\.2 are on PATH/],
      [/failed/]
    ],
    [
      'installed',
      { version: undefined, tools: { packer: '1.15.4', ansible: undefined } },
      [/<h2>Tools installed<\/h2>/, /Packer 1\.15\.4 is on PATH/, /no Ansible/],
      [/Ansible (is|are) on PATH/, /and Ansible/]
    ]
  ]

  it.each(cases)('%s', (outcome, more, must, mustNot) => {
    const html = render({ outcome, version: 'release-1.0.0', ...more })
    for (const pattern of must) expect(html).toMatch(pattern)
    for (const pattern of mustNot) expect(html).not.toMatch(pattern)
  })

  it('says what release engineers look for: names, source AMI, tools, commit, run, lineage, retention', () => {
    const html = render({
      outcome: 'built',
      version: 'release-1.0.0',
      lineage: 'acme/images:packer',
      region: 'us-east-1',
      artifacts,
      names: { 'ami-0aaaaaaaaaaaaaaa1': 'app-release-1.0.0' },
      sourceImages: ['ami-00000000000000001'],
      tools: {
        packer: '1.15.4',
        plugins: 'github.com/hashicorp/amazon 1.8.2: signature-verified',
        ansible: '2.21.2'
      },
      notes: ['Kept release-2.0.0: newer than this release.'],
      retention: {
        mode: 'deregister',
        rows: [
          {
            region: 'us-east-1',
            build: 'amazon-ebs.app',
            amiId: 'ami-0old',
            version: 'release-0.8.0',
            outcome: 'retired (deregister)'
          },
          {
            region: 'us-east-1',
            build: 'amazon-ebs.app',
            amiId: 'ami-0used',
            version: 'release-0.9.0',
            outcome: 'kept: it is shared with 210987654321'
          }
        ]
      }
    })
    for (const text of [
      'app-release-1.0.0',
      'ami-00000000000000001',
      '1.15.4',
      '1.8.2',
      '2.21.2',
      'acme/images@0123456789ab',
      'https://github.com/acme/images/actions/runs/42',
      'acme/images:packer',
      'release-0.8.0',
      'retired (deregister)',
      'kept: it is shared with 210987654321',
      'Kept release-2.0.0: newer than this release.',
      'Build the image'
    ])
      expect(html).toContain(text)
  })

  it('lists regions in the order it is given, the primary first', () => {
    const html = render({ outcome: 'built', version: 'v', artifacts })
    expect(html.indexOf('us-east-1')).toBeLessThan(html.indexOf('eu-west-1'))
  })

  it('escapes what programs and people wrote', () => {
    const html = render({
      outcome: 'failed',
      version: 'v',
      notes: ['<img src=x onerror=alert(1)>'],
      built: [{ build: '<b>', region: 'us-east-1', amiId: 'ami-1' }]
    })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&#60;img')
  })

  it('keeps text with blank lines inside its element: no line of the summary is blank', () => {
    const said = 'AccessDenied\r\n\n## Released release-9.9.9\n\n[deploy](https://example.com)'
    const html = render({
      outcome: 'failed',
      version: 'v',
      error: said,
      notes: [said],
      retention: {
        mode: 'deregister',
        rows: [{ region: 'us-east-1', build: 'b', amiId: 'ami-1', version: said, outcome: 'kept' }]
      }
    })
    expect(
      html
        .trimEnd()
        .split('\n')
        .filter(line => line.trim() === '')
    ).toEqual([])
    expect(html).not.toMatch(/^(##|\[)/m)
    expect(html).toContain('AccessDenied&#13;&#10;&#10;## Released')
  })
})

describe('the outputs render the result', () => {
  it('always says skipped and reused; names AMIs only for a whole release', () => {
    expect(renderOutputs({ outcome: 'skipped' })).toEqual({ skipped: 'true', reused: 'false' })
    expect(renderOutputs({ outcome: 'failed', built: artifacts, version: 'v' })).toEqual({
      skipped: 'false',
      reused: 'false'
    })
    const built = renderOutputs({
      outcome: 'built',
      version: 'v',
      lineage: 'l',
      region: 'eu-west-1',
      artifacts
    })
    expect(built).toMatchObject({
      'ami-id': 'ami-0aaaaaaaaaaaaaaa2',
      region: 'eu-west-1',
      amis: JSON.stringify({
        'us-east-1': 'ami-0aaaaaaaaaaaaaaa1',
        'eu-west-1': 'ami-0aaaaaaaaaaaaaaa2'
      }),
      'image-version': 'v',
      lineage: 'l',
      reused: 'false'
    })
    expect(
      renderOutputs({ outcome: 'found', version: 'v', region: 'us-east-1', artifacts }).reused
    ).toBe('true')
  })

  it('names every build, whatever its name (a legacy JSON builder named constructor)', () => {
    const named = [
      { build: 'constructor', region: 'us-east-1', amiId: 'ami-0aaaaaaaaaaaaaaa1' },
      { build: '__proto__', region: 'us-east-1', amiId: 'ami-0aaaaaaaaaaaaaaa2' }
    ]
    const outputs = renderOutputs({
      outcome: 'built',
      version: 'v',
      region: 'us-east-1',
      artifacts: named
    })
    expect(outputs['amis']).toBe('{"us-east-1":"ami-0aaaaaaaaaaaaaaa1"}')
    expect(JSON.parse(outputs['builds'] ?? '')).toEqual({
      constructor: { 'us-east-1': 'ami-0aaaaaaaaaaaaaaa1' },
      ['__proto__']: { 'us-east-1': 'ami-0aaaaaaaaaaaaaaa2' }
    })
    expect(Object.prototype).not.toHaveProperty('us-east-1')
  })

  it('writes the parameter versions by region, or by parameter with {build}', () => {
    const ssm = [{ parameter: '/img/app', region: 'us-east-1', version: 3 }]
    const base: RunResult = { outcome: 'built', version: 'v', region: 'us-east-1', artifacts, ssm }
    expect(renderOutputs(base)['ssm-parameter-versions']).toBe('{"us-east-1":3}')
    expect(renderOutputs({ ...base, ssmPerBuild: true })['ssm-parameter-versions']).toBe(
      '{"/img/app":{"us-east-1":3}}'
    )
  })
})

describe('durations, rounded to the unit shown', () => {
  it.each([
    [0.4, '0 ms'],
    [999.4, '999 ms'],
    [999.6, '1.0 s'],
    [1_040, '1.0 s'],
    [119_940, '119.9 s'],
    [119_990, '2 min 0 s'],
    [179_600, '3 min 0 s'],
    [900_000, '15 min 0 s'],
    [3_725_000, '62 min 5 s']
  ])('%d ms reads %s', (ms, text) => expect(duration(ms)).toBe(text))
})

describe('console links per partition', () => {
  it.each([
    [
      'us-east-1',
      'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#ImageDetails:imageId=ami-1'
    ],
    [
      'eu-central-2',
      'https://eu-central-2.console.aws.amazon.com/ec2/home?region=eu-central-2#ImageDetails:imageId=ami-1'
    ],
    [
      'us-gov-west-1',
      'https://console.amazonaws-us-gov.com/ec2/home?region=us-gov-west-1#ImageDetails:imageId=ami-1'
    ],
    [
      'cn-north-1',
      'https://cn-north-1.console.amazonaws.cn/ec2/home?region=cn-north-1#ImageDetails:imageId=ami-1'
    ],
    ['us-iso-east-1', undefined],
    ['us-isob-east-1', undefined],
    ['eu-isoe-west-1', undefined],
    ['us-isof-south-1', undefined],
    ['eusc-de-east-1', undefined]
  ])('%s', (region, link) => {
    expect(consoleLink(region, 'ami-1')).toBe(link)
  })
})

describe('the release notes section', () => {
  const section = amiSection('release-1.0.0', 'acme/images:packer', artifacts)

  it('is appended once and replaced on a re-run, keeping what people wrote', () => {
    const body = withSection('Changes:\n- faster boot\n', 'acme/images:packer', section)
    expect(body).toBe(`Changes:\n- faster boot\n\n${section}`)
    const newer = amiSection('release-1.0.0', 'acme/images:packer', artifacts.slice(0, 1))
    const replaced = withSection(`${body}\n\nThanks!`, 'acme/images:packer', newer)
    expect(replaced).toBe(`Changes:\n- faster boot\n\n${newer}\n\nThanks!`)
  })

  it('keeps what people wrote after a section whose end they deleted, through any number of re-runs', () => {
    const lineage = 'acme/images:packer'
    const end = section.split('\n').at(-1) ?? ''
    // Someone removed the table (and the hidden end marker with it) and wrote below the heading.
    const edited = `Changes:\n\n${section.split('\n').slice(0, 2).join('\n')}\nKnown issue: slow boot`
    expect(section.endsWith(end)).toBe(true)
    const rerun = withSection(edited, lineage, section)
    const again = withSection(rerun, lineage, section)
    expect(rerun).toContain('Known issue: slow boot')
    expect(again).toContain('Known issue: slow boot')
    expect(again.split(end)).toHaveLength(2)
    // An end marker moved above its start: the section is still replaced, not appended again.
    const moved = `${end}\n${rerun}`
    expect(withSection(moved, lineage, section)).toBe(moved)
  })

  it('gives each stream of a matrix its own section', () => {
    const arm = amiSection('release-1.0.0', 'acme/images:packer#arm', artifacts)
    const both = withSection(
      withSection('', 'acme/images:packer', section),
      'acme/images:packer#arm',
      arm
    )
    expect(both).toBe(`${section}\n\n${arm}`)
  })

  it('links each AMI to its console', () => {
    expect(section).toContain(
      '| amazon-ebs.app | eu-west-1 | [ami-0aaaaaaaaaaaaaaa2](https://eu-west-1.console.aws.amazon.com/'
    )
  })
})
