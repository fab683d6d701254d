import * as core from '@actions/core'
import { afterEach, describe, expect, it } from 'vitest'
import { readContext } from '../../src/context.js'
import { consoleLink } from '../../src/report/console.js'
import { amiSection, withSection } from '../../src/report/release-notes.js'
import { RunReport, type OutcomeKind } from '../../src/report/summary.js'

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

function render(setup: (r: RunReport) => void): string {
  const report = new RunReport(context)
  setup(report)
  return report.render().stringify()
}

afterEach(() => {
  core.summary.emptyBuffer()
})

describe('the job summary tells each outcome as it was', () => {
  // outcome, what it must say, what it must not say
  const cases: [OutcomeKind, (r: RunReport) => void, RegExp[], RegExp[]][] = [
    [
      'built',
      r => {
        r.artifacts = artifacts
        r.built = artifacts
        r.tagged = true
      },
      [/<h2>Released release-1\.0\.0<\/h2>/, /Built and tagged 2 AMIs/, /ami-0aaaaaaaaaaaaaaa2/],
      [/failed/i, /Reused/]
    ],
    [
      'reused',
      r => (r.artifacts = artifacts),
      [/<h2>Reused release-1\.0\.0<\/h2>/, /nothing was built/],
      [/Built and tagged/]
    ],
    [
      'finished',
      r => (r.artifacts = artifacts),
      [
        /An earlier attempt of this run built the release but did not release it; this run released 2 AMIs\. Nothing was built\./
      ],
      [/Built and tagged/]
    ],
    [
      'failed',
      r => {
        r.error = "packer build failed: Ansible: task 'Install nginx' failed on default: No package"
      },
      [/<h2>Release release-1\.0\.0 failed<\/h2>/, /No AMI was built/, /Install nginx/],
      [/Built and tagged/, /Released/]
    ],
    [
      'failed',
      r => {
        r.built = artifacts
        r.error = 'The AMIs were built but could not be tagged'
      },
      [
        /were built but not released \(not tagged\): ami-0aaaaaaaaaaaaaaa1 \(us-east-1\)/,
        /Re-run the job/
      ],
      [/Built and tagged/, /No AMI was built/]
    ],
    [
      'failed',
      r => {
        r.built = artifacts.slice(0, 1)
        r.tagged = true
        r.error = 'packer build failed (the AMIs of the builds that finished were tagged)'
      },
      [/were built and tagged before the failure: ami-0aaaaaaaaaaaaaaa1/],
      [/No AMI was built/]
    ],
    [
      'cancelled',
      () => undefined,
      [/cancelled/, /the post step removes what this run left/],
      [/Released/, /failed/]
    ],
    [
      'skipped',
      r => r.notes.push("ref 'refs/heads/main' is not a tag matching 'release-*'"),
      [/<h2>Not a release<\/h2>/, /refs\/heads\/main/, /release-\*/],
      [/Released/, /failed/]
    ],
    [
      'invalid-input',
      r => (r.error = "Input 'packer-version': 'latest' is not an exact Packer version"),
      [
        /<h2>Inputs refused<\/h2>/,
        /Nothing was downloaded, run, or asked of AWS/,
        /packer-version/
      ],
      [/Released/]
    ],
    [
      'found',
      r => (r.artifacts = artifacts),
      [/<h2>Found release-1\.0\.0<\/h2>/, /Nothing was installed or built/],
      [/Built/]
    ]
  ]

  it.each(cases)('%s', (outcome, setup, must, mustNot) => {
    const html = render(r => {
      r.outcome = outcome
      r.version = 'release-1.0.0'
      setup(r)
    })
    for (const pattern of must) expect(html).toMatch(pattern)
    for (const pattern of mustNot) expect(html).not.toMatch(pattern)
  })

  it('says what release engineers look for: names, source AMI, tools, commit, run, lineage', () => {
    const html = render(r => {
      r.outcome = 'built'
      r.version = 'release-1.0.0'
      r.lineage = 'acme/images:packer'
      r.region = 'us-east-1'
      r.artifacts = artifacts
      r.imageNames.set('ami-0aaaaaaaaaaaaaaa1', 'app-release-1.0.0')
      r.sourceImages = ['ami-00000000000000001']
      r.tools = { packer: '1.15.4', amazonPlugin: '1.8.2', ansible: '2.21.2' }
      r.retention = [
        {
          region: 'us-east-1',
          build: 'amazon-ebs.app',
          retire: [{ imageId: 'ami-0old', version: 'release-0.8.0' }],
          keep: [
            {
              imageId: 'ami-0used',
              version: 'release-0.9.0',
              reason: 'it is shared with 210987654321'
            }
          ]
        }
      ]
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
      'retired: deregistered with its snapshots',
      'kept: it is shared with 210987654321'
    ])
      expect(html).toContain(text)
  })

  it('lists regions in one stable order, the primary first', () => {
    const html = render(r => {
      r.outcome = 'built'
      r.version = 'v'
      r.artifacts = artifacts
    })
    expect(html.indexOf('us-east-1')).toBeLessThan(html.indexOf('eu-west-1'))
  })

  it('escapes what programs and people wrote', () => {
    const html = render(r => {
      r.outcome = 'failed'
      r.version = 'v'
      r.notes.push('<img src=x onerror=alert(1)>')
      r.built = [{ build: '<b>', region: 'us-east-1', amiId: 'ami-1' }]
    })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&#60;img')
  })
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
    ['us-iso-east-1', undefined]
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
