import { describe, expect, it } from 'vitest'
import type { Evidence, LeadKind } from '../../src/release/evidence.js'
import type { Facts, ImageFact, InstanceFact } from '../../src/release/facts.js'
import {
  judgeOwnership,
  planSweep,
  type ResourceKind,
  type Verdict
} from '../../src/release/ownership.js'
import { tagSchema } from '../../src/release/tags.js'

const schema = tagSchema('ImageVersion')
const START = '2026-11-10T12:00:00.000Z'
const BEFORE = '2026-11-10T11:59:00.000Z'
const AFTER = '2026-11-10T12:05:00.000Z'
const LATER = '2026-11-10T12:20:00.000Z'
const RUN = 'octo/app#4242.1'
const OTHER_RUN = 'octo/app#4243.1'
const BUILD = 'amazon-ebs.app'
const REGION = 'us-east-1'

const SOURCE_AMI = 'ami-0500000000000000a'
const KEY = 'packer_6f1c2a4e-0000-4000-8000-000000000001'
const GROUP = 'packer_6f1c2a4e-0000-4000-8000-000000000002'
const GROUP_ID = 'sg-0a00000000000000a'
const OWN_I = 'i-0a00000000000000a'
const NAME = 'app-1.2.3'

function evidence(leads: [LeadKind, string, string?][], more: Partial<Evidence> = {}): Evidence {
  return {
    startedAt: START,
    run: RUN,
    region: REGION,
    buildRegions: {},
    leads: leads.map(([kind, value, build = BUILD]) => ({ kind, value, build })),
    ...more
  }
}

function instance(id: string, over: Partial<InstanceFact> = {}): InstanceFact {
  return {
    id,
    region: REGION,
    launchTime: AFTER,
    imageId: SOURCE_AMI,
    keyName: KEY,
    groupIds: [GROUP_ID],
    groupNames: [GROUP],
    state: 'running',
    instanceProfile: undefined,
    launchTemplateId: undefined,
    ...over
  }
}

function image(id: string, over: Partial<ImageFact> = {}): ImageFact {
  return {
    id,
    region: REGION,
    name: NAME,
    created: LATER,
    state: 'available',
    ownedBySelf: true,
    deprecated: false,
    public: false,
    protected: false,
    lastLaunched: undefined,
    sourceInstanceId: OWN_I,
    sourceImageId: undefined,
    sourceImageRegion: undefined,
    tags: {},
    snapshotIds: [`snap-${id.slice(4)}`],
    ...over
  }
}

const facts = (over: Partial<Facts>): Facts => ({
  instances: [],
  keyPairs: [],
  securityGroups: [],
  images: [],
  launchTemplates: [],
  instanceProfiles: [],
  roles: [],
  ...over
})

/** What an amazon-ebs build announces, and what AWS has for it. */
const ownLeads: [LeadKind, string][] = [
  ['source-image', SOURCE_AMI],
  ['key-pair', KEY],
  ['security-group', GROUP],
  ['instance', OWN_I],
  ['image-name', NAME]
]
const ownFacts: Facts = facts({
  instances: [instance(OWN_I)],
  keyPairs: [
    { name: KEY, id: 'key-0a0000000000000a1', region: REGION, createTime: AFTER, tags: {} }
  ],
  securityGroups: [{ id: GROUP_ID, name: GROUP, region: REGION }]
})

function verdictOf(
  verdicts: Verdict[],
  kind: ResourceKind,
  id: string,
  region?: string
): Verdict | undefined {
  return verdicts.find(
    v => v.kind === kind && v.id === id && (region === undefined || v.region === region)
  )
}

interface Case {
  what: string
  leads: [LeadKind, string, string?][]
  facts: Facts
  /** [kind, id, region?, ours, reason that must appear] */
  expect: [ResourceKind, string, string | undefined, boolean, RegExp?][]
  more?: Partial<Evidence>
}

const PROD = 'i-0b00000000000000b'
const STRANGER = 'i-0c00000000000000c'
const GOLDEN = 'ami-0200000000000000b'
const DUPLICATE = 'ami-0300000000000000c'
const OWN_AMI = 'ami-0100000000000000a'

const foreignCases: Case[] = [
  {
    what: "a provisioner's `Instance ID` of production-db, running since before the run",
    leads: [...ownLeads, ['instance', PROD]],
    facts: {
      ...ownFacts,
      instances: [
        instance(OWN_I),
        // Same source AMI, even the build's security group: only the launch time tells.
        instance(PROD, { launchTime: '2024-03-01T08:00:00.000Z', keyName: 'prod' })
      ]
    },
    expect: [
      ['instance', PROD, REGION, false, /launched at 2024-03-01.*before this run started/],
      ['instance', OWN_I, REGION, true],
      // production-db is in the group: the group is not this run's to delete.
      ['security group', GROUP_ID, REGION, false, new RegExp(`instance ${PROD} uses it`)]
    ]
  },
  {
    what: 'an instance launched after the start, from another AMI',
    leads: [...ownLeads, ['instance', STRANGER]],
    facts: {
      ...ownFacts,
      instances: [
        instance(OWN_I),
        instance(STRANGER, { imageId: 'ami-0900000000000000f', keyName: 'ops', groupNames: [] })
      ]
    },
    expect: [
      [
        'instance',
        STRANGER,
        REGION,
        false,
        /launched from ami-09.*not from the build's source AMI/
      ],
      ['instance', OWN_I, REGION, true]
    ]
  },
  {
    what: "an instance without the build's key pair and security group, when it had both",
    leads: [...ownLeads, ['instance', STRANGER]],
    facts: {
      ...ownFacts,
      instances: [
        instance(OWN_I),
        instance(STRANGER, { keyName: 'ops', groupIds: ['sg-0f'], groupNames: ['default'] })
      ]
    },
    expect: [
      ['instance', STRANGER, REGION, false, /neither the build's temporary key pair nor/],
      ['instance', OWN_I, REGION, true],
      ['key pair', KEY, REGION, true],
      ['security group', GROUP_ID, REGION, true]
    ]
  },
  {
    what: 'an instance with a key pair of the same name that existed before the run',
    leads: [
      ['source-image', SOURCE_AMI],
      ['key-pair', 'deploy'],
      ['instance', STRANGER]
    ],
    facts: facts({
      instances: [instance(STRANGER, { keyName: 'deploy', groupNames: [] })],
      keyPairs: [
        {
          name: 'deploy',
          id: 'key-0a0000000000000a1',
          region: REGION,
          createTime: '2023-01-01T00:00:00.000Z',
          tags: {}
        }
      ]
    }),
    expect: [
      ['instance', STRANGER, REGION, false, /neither/],
      ['key pair', 'deploy', REGION, false, new RegExp(`instance ${STRANGER} uses it`)]
    ]
  },
  {
    what: 'an instance from the source AMI outside the security group, when the build announced only that',
    leads: [
      ['source-image', SOURCE_AMI],
      ['security-group', GROUP],
      ['instance', STRANGER]
    ],
    facts: facts({
      instances: [
        instance(STRANGER, { keyName: 'ops', groupIds: ['sg-0f'], groupNames: ['default'] })
      ],
      securityGroups: [{ id: GROUP_ID, name: GROUP, region: REGION }]
    }),
    expect: [['instance', STRANGER, REGION, false, /neither the build's temporary key pair nor/]]
  },
  {
    what: 'an instance when the build announced no key pair, security group or source AMI',
    leads: [['instance', STRANGER]],
    facts: facts({ instances: [instance(STRANGER)] }),
    expect: [
      ['instance', STRANGER, REGION, false, /announced no key pair, security group or source AMI/]
    ]
  },
  {
    what: 'an instance EC2 does not know',
    leads: [...ownLeads, ['instance', STRANGER]],
    facts: ownFacts,
    expect: [['instance', STRANGER, undefined, false, /EC2 does not know it/]]
  },
  {
    what: 'a 2020 "golden" AMI named by a provisioner\'s `AMI:` line',
    leads: [...ownLeads, ['image', GOLDEN]],
    facts: {
      ...ownFacts,
      images: [
        image(GOLDEN, {
          name: 'golden-2020',
          created: '2020-06-01T00:00:00.000Z',
          sourceInstanceId: 'i-0d00000000000000d'
        })
      ]
    },
    expect: [['image', GOLDEN, REGION, false, /created at 2020-06-01.*before this run started/]]
  },
  {
    what: "Packer's duplicate-name error: an untagged image of that name, made before the start",
    leads: [...ownLeads, ['image', DUPLICATE]],
    facts: {
      ...ownFacts,
      images: [image(DUPLICATE, { created: BEFORE, sourceInstanceId: undefined })]
    },
    expect: [['image', DUPLICATE, REGION, false, /before this run started/]]
  },
  {
    what: 'the duplicate name held by a pending image of another run, made after the start',
    leads: [...ownLeads, ['image', DUPLICATE]],
    facts: {
      ...ownFacts,
      images: [
        image(DUPLICATE, {
          sourceInstanceId: 'i-0e00000000000000e',
          tags: { [schema.complete]: '1.2.3', [schema.run]: OTHER_RUN }
        })
      ]
    },
    expect: [['image', DUPLICATE, REGION, false, new RegExp(`another run \\(${OTHER_RUN}\\)`)]]
  },
  {
    what: "another run's pending image, announced by ID and name on an EC2 that reports no source",
    leads: [...ownLeads, ['image', DUPLICATE]],
    facts: {
      ...ownFacts,
      images: [
        image(DUPLICATE, {
          sourceInstanceId: undefined,
          tags: { [schema.complete]: '1.2.3', [schema.run]: OTHER_RUN }
        })
      ]
    },
    // Only the run mark tells it apart from the legacy case that is this run's.
    expect: [['image', DUPLICATE, REGION, false, /another run/]]
  },
  {
    what: "an image of another account, even one made from the build's instance",
    leads: [...ownLeads, ['image', OWN_AMI]],
    facts: { ...ownFacts, images: [image(OWN_AMI, { ownedBySelf: false })] },
    expect: [['image', OWN_AMI, REGION, false, /another account owns it/]]
  },
  {
    what: 'a key pair created before the start, used by nothing',
    leads: [...ownLeads, ['key-pair', 'ops-2019']],
    facts: {
      ...ownFacts,
      keyPairs: [
        ...ownFacts.keyPairs,
        {
          name: 'ops-2019',
          id: 'key-0a0000000000000a1',
          region: REGION,
          createTime: '2019-05-05T00:00:00.000Z',
          tags: {}
        }
      ]
    },
    expect: [
      ['key pair', 'ops-2019', REGION, false, /created at 2019-05-05.*before this run started/],
      ['key pair', KEY, REGION, true]
    ]
  },
  {
    what: 'a key pair created after the start, used by no instance, named as Packer would not',
    // A provisioner printed `Creating temporary keypair: deploy-2026`: someone else's new key.
    leads: [...ownLeads, ['key-pair', 'deploy-2026']],
    facts: {
      ...ownFacts,
      keyPairs: [
        ...ownFacts.keyPairs,
        {
          name: 'deploy-2026',
          id: 'key-0a0000000000000a1',
          region: REGION,
          createTime: AFTER,
          tags: {}
        }
      ]
    },
    expect: [
      [
        'key pair',
        'deploy-2026',
        REGION,
        false,
        /no instance of this run used it, and Packer did not generate its name/
      ],
      ['key pair', KEY, REGION, true]
    ]
  },
  {
    what: 'a key pair created after the start, used by a foreign instance',
    leads: [...ownLeads, ['key-pair', 'team-b']],
    facts: {
      ...ownFacts,
      instances: [
        instance(OWN_I),
        instance(STRANGER, { keyName: 'team-b', groupIds: ['sg-0f'], groupNames: ['web'] })
      ],
      keyPairs: [
        ...ownFacts.keyPairs,
        { name: 'team-b', id: 'key-0a0000000000000a1', region: REGION, createTime: AFTER, tags: {} }
      ]
    },
    expect: [['key pair', 'team-b', REGION, false, new RegExp(`instance ${STRANGER} uses it`)]]
  },
  {
    what: 'a security group a foreign instance is in, besides the own one',
    leads: ownLeads,
    facts: {
      ...ownFacts,
      instances: [
        instance(OWN_I),
        instance(STRANGER, { keyName: 'ops', groupNames: ['web'], launchTime: BEFORE })
      ]
    },
    expect: [
      ['security group', GROUP_ID, REGION, false, new RegExp(`instance ${STRANGER} uses it`)],
      ['instance', OWN_I, REGION, true]
    ]
  },
  {
    what: 'a security group no instance of this run was in',
    leads: [['security-group', GROUP]],
    facts: facts({ securityGroups: [{ id: GROUP_ID, name: GROUP, region: REGION }] }),
    expect: [['security group', GROUP_ID, REGION, false, /no instance of this run was in it/]]
  },
  {
    what: 'a launch template created before the start',
    leads: [...ownLeads, ['launch-template', 'lt-0a00000000000000a']],
    facts: {
      ...ownFacts,
      launchTemplates: [
        {
          id: 'lt-0a00000000000000a',
          name: 'packer-fleet-launch-template-Ab3dE5f',
          region: REGION,
          createTime: BEFORE
        }
      ]
    },
    expect: [['launch template', 'lt-0a00000000000000a', REGION, false, /before this run started/]]
  },
  {
    what: 'a launch template created after the start whose name Packer did not generate',
    leads: [...ownLeads, ['launch-template', 'lt-0d00000000000000d']],
    facts: {
      ...ownFacts,
      launchTemplates: [
        { id: 'lt-0d00000000000000d', name: 'web', region: REGION, createTime: AFTER }
      ]
    },
    expect: [
      [
        'launch template',
        'lt-0d00000000000000d',
        REGION,
        false,
        /Packer did not generate its name web/
      ]
    ]
  },
  {
    what: 'a launch template created after the start that a foreign instance was launched from',
    leads: [...ownLeads, ['launch-template', 'lt-0b00000000000000b']],
    facts: {
      ...ownFacts,
      instances: [
        instance(OWN_I),
        instance(STRANGER, {
          keyName: 'ops',
          groupIds: [],
          groupNames: [],
          launchTemplateId: 'lt-0b00000000000000b'
        })
      ],
      launchTemplates: [
        {
          id: 'lt-0b00000000000000b',
          name: 'packer-fleet-launch-template-Zz9Yy8x',
          region: REGION,
          createTime: AFTER
        }
      ]
    },
    expect: [
      ['launch template', 'lt-0b00000000000000b', REGION, false, new RegExp(`instance ${STRANGER}`)]
    ]
  },
  {
    what: 'an instance profile and role created before the start',
    leads: [...ownLeads, ['instance-profile', 'packer-0000-old'], ['role', 'packer-0000-old']],
    facts: {
      ...ownFacts,
      instanceProfiles: [
        { name: 'packer-0000-old', arn: undefined, createDate: BEFORE, roles: ['packer-0000-old'] }
      ],
      roles: [
        { name: 'packer-0000-old', createDate: BEFORE, instanceProfiles: ['packer-0000-old'] }
      ]
    },
    expect: [
      ['instance profile', 'packer-0000-old', undefined, false, /before this run started/],
      ['role', 'packer-0000-old', undefined, false, /instance profile packer-0000-old uses it/]
    ]
  },
  {
    what: 'an instance profile a foreign instance uses, and a role a foreign profile uses',
    leads: [...ownLeads, ['instance-profile', 'web-profile'], ['role', 'web-role']],
    facts: {
      ...ownFacts,
      instances: [
        instance(OWN_I),
        instance(STRANGER, { keyName: 'ops', groupNames: [], instanceProfile: 'web-profile' })
      ],
      instanceProfiles: [
        { name: 'web-profile', arn: undefined, createDate: AFTER, roles: ['web-role'] }
      ],
      roles: [{ name: 'web-role', createDate: AFTER, instanceProfiles: ['web-profile', 'other'] }]
    },
    expect: [
      ['instance profile', 'web-profile', undefined, false, new RegExp(`instance ${STRANGER}`)],
      ['role', 'web-role', undefined, false, /instance profile web-profile uses it/]
    ]
  },
  {
    what: 'a key pair created before the start, even one the own instance uses (ssh_keypair_name)',
    // The log named the team's key: only its creation time tells it is not Packer's temporary one.
    leads: [...ownLeads, ['key-pair', 'team-key']],
    facts: {
      ...ownFacts,
      instances: [instance(OWN_I, { keyName: 'team-key' })],
      keyPairs: [
        ...ownFacts.keyPairs,
        { name: 'team-key', id: 'key-0b', region: REGION, createTime: BEFORE, tags: {} }
      ]
    },
    expect: [
      ['instance', OWN_I, REGION, true],
      ['key pair', 'team-key', REGION, false, /before this run started/]
    ]
  },
  ...[`${KEY}-backup`, `ops-${KEY}`].map((name): Case => ({
    what: `a key pair created after the start, used by no instance, named ${name}: Packer's name is not all of it`,
    leads: [...ownLeads, ['key-pair', name]],
    facts: {
      ...ownFacts,
      keyPairs: [
        ...ownFacts.keyPairs,
        { name, id: 'key-0b', region: REGION, createTime: AFTER, tags: {} }
      ]
    },
    expect: [['key pair', name, REGION, false, /Packer did not generate its name/]]
  })),
  ...['packer-fleet-launch-template-6BkFE2z-prod', 'team-packer-fleet-launch-template-6BkFE2z'].map(
    (name): Case => ({
      what: `a launch template created after the start named ${name}: Packer's name is not all of it`,
      leads: [...ownLeads, ['launch-template', 'lt-0d00000000000000d']],
      facts: {
        ...ownFacts,
        launchTemplates: [{ id: 'lt-0d00000000000000d', name, region: REGION, createTime: AFTER }]
      },
      expect: [
        ['launch template', 'lt-0d00000000000000d', REGION, false, /Packer did not generate/]
      ]
    })
  ),
  {
    what: 'a role created before the start that no instance profile uses',
    leads: [...ownLeads, ['role', 'deploy-role']],
    facts: {
      ...ownFacts,
      roles: [{ name: 'deploy-role', createDate: BEFORE, instanceProfiles: [] }]
    },
    expect: [['role', 'deploy-role', undefined, false, /created before this run started/]]
  },
  {
    what: 'an AMI the log announced by ID and name that EC2 says was made from another instance',
    leads: [...ownLeads, ['image', DUPLICATE]],
    facts: { ...ownFacts, images: [image(DUPLICATE, { sourceInstanceId: STRANGER })] },
    expect: [
      [
        'image',
        DUPLICATE,
        REGION,
        false,
        new RegExp(`made from ${STRANGER}, which is not this run's`)
      ]
    ]
  },
  {
    what: 'an instance named by the log in a region whose EC2 did not answer',
    leads: [...ownLeads, ['instance', STRANGER]],
    facts: { ...ownFacts, unreadRegions: [REGION] },
    expect: [['instance', STRANGER, undefined, false, /EC2 in us-east-1 did not answer/]]
  }
]

const COPY_W2 = 'ami-0110000000000000b'
const COPY_EU = 'ami-0120000000000000c'
const INTERMEDIATE = 'ami-0130000000000000d'

const goneSourceCases: Case[] = [
  {
    what: 'a copy of a gone AMI under a name another build announced',
    leads: [
      ...ownLeads,
      ['image', OWN_AMI],
      ['copy-region', 'us-west-2'],
      ['image-name', 'prod-image', 'amazon-ebs.other']
    ],
    facts: {
      ...ownFacts,
      images: [
        image(COPY_W2, {
          region: 'us-west-2',
          name: 'prod-image',
          sourceInstanceId: undefined,
          sourceImageId: OWN_AMI
        })
      ]
    },
    expect: [['image', COPY_W2, 'us-west-2', false, /which is not this run's/]]
  },
  {
    what: 'a copy of a gone AMI in a region the build did not copy to',
    leads: [...ownLeads, ['image', OWN_AMI], ['image-name', NAME], ['copy-region', 'us-west-2']],
    facts: {
      ...ownFacts,
      images: [
        image(COPY_EU, { region: 'eu-west-1', sourceInstanceId: undefined, sourceImageId: OWN_AMI })
      ]
    },
    expect: [['image', COPY_EU, 'eu-west-1', false, /which is not this run's/]]
  },
  {
    what: 'a copy of a gone AMI that the build never announced (a provisioner printed its name)',
    leads: [...ownLeads, ['copy-region', 'us-west-2']],
    facts: {
      ...ownFacts,
      images: [
        image(COPY_W2, { region: 'us-west-2', sourceInstanceId: undefined, sourceImageId: GOLDEN })
      ]
    },
    expect: [['image', COPY_W2, 'us-west-2', false, /which is not this run's/]]
  }
]

const ownCases: Case[] = [
  {
    what: 'the instance, its key pair and its security group',
    leads: ownLeads,
    facts: ownFacts,
    expect: [
      ['instance', OWN_I, REGION, true, /temporary key pair or security group/],
      ['key pair', KEY, REGION, true, /created by this run/],
      ['security group', GROUP_ID, REGION, true, /the build's own instance was in it/]
    ]
  },
  {
    what: 'an instance tied by its key pair alone (the build gave its own security group)',
    leads: [
      ['source-image', SOURCE_AMI],
      ['key-pair', KEY],
      ['instance', OWN_I]
    ],
    facts: facts({
      instances: [instance(OWN_I, { groupIds: ['sg-0user'], groupNames: ['ssh-from-vpn'] })],
      keyPairs: [
        { name: KEY, id: 'key-0a0000000000000a1', region: REGION, createTime: AFTER, tags: {} }
      ]
    }),
    expect: [
      ['instance', OWN_I, REGION, true],
      ['key pair', KEY, REGION, true]
    ]
  },
  {
    what: 'an instance tied by its security group alone (ssh_keypair_name)',
    leads: [
      ['source-image', SOURCE_AMI],
      ['security-group', GROUP],
      ['instance', OWN_I]
    ],
    facts: facts({
      instances: [instance(OWN_I, { keyName: 'team-key' })],
      securityGroups: [{ id: GROUP_ID, name: GROUP, region: REGION }]
    }),
    expect: [
      ['instance', OWN_I, REGION, true],
      ['security group', GROUP_ID, REGION, true]
    ]
  },
  {
    what: 'an instance tied by the source AMI alone, when the build announced neither',
    leads: [
      ['source-image', SOURCE_AMI],
      ['instance', OWN_I]
    ],
    facts: facts({ instances: [instance(OWN_I, { keyName: 'team-key', groupNames: ['vpn'] })] }),
    expect: [['instance', OWN_I, REGION, true, /from the build's source AMI/]]
  },
  {
    what: 'an instance whose temporary key pair Packer deleted already, tied by it alone',
    leads: [
      ['source-image', SOURCE_AMI],
      ['key-pair', KEY],
      ['instance', OWN_I]
    ],
    facts: facts({
      instances: [instance(OWN_I, { groupIds: ['sg-0user'], groupNames: ['ssh-from-vpn'] })]
    }),
    expect: [['instance', OWN_I, REGION, true, /temporary key pair/]]
  },
  {
    what: 'a key pair EC2 gives no creation time for, used by the own instance',
    leads: ownLeads,
    facts: {
      ...ownFacts,
      keyPairs: [
        { name: KEY, id: 'key-0a0000000000000a1', region: REGION, createTime: undefined, tags: {} }
      ]
    },
    expect: [
      ['instance', OWN_I, REGION, true],
      ['key pair', KEY, REGION, true, /the build's own instance uses it/]
    ]
  },
  {
    what: 'the AMI, by SourceInstanceId (with its snapshots)',
    leads: [...ownLeads, ['image', OWN_AMI]],
    facts: { ...ownFacts, images: [image(OWN_AMI)] },
    expect: [['image', OWN_AMI, REGION, true, new RegExp(`made from this run's instance ${OWN_I}`)]]
  },
  {
    what: 'copies by SourceImageId, a copy of a copy listed before its source',
    leads: [
      ...ownLeads,
      ['image', OWN_AMI],
      ['copy-region', 'us-west-2'],
      ['copy-region', 'eu-west-1']
    ],
    facts: {
      ...ownFacts,
      images: [
        image(COPY_EU, {
          region: 'eu-west-1',
          sourceInstanceId: undefined,
          sourceImageId: COPY_W2,
          sourceImageRegion: 'us-west-2'
        }),
        image(COPY_W2, {
          region: 'us-west-2',
          sourceInstanceId: undefined,
          sourceImageId: OWN_AMI,
          sourceImageRegion: REGION
        }),
        image(OWN_AMI)
      ]
    },
    expect: [
      ['image', OWN_AMI, REGION, true],
      ['image', COPY_W2, 'us-west-2', true, new RegExp(`copied from this run's ${OWN_AMI}`)],
      ['image', COPY_EU, 'eu-west-1', true, new RegExp(`copied from this run's ${COPY_W2}`)]
    ]
  },
  {
    // A failed or cancelled copy to another region: Packer removes the AMI it announced, and the
    // copy it made first stays, untagged, its source gone (hashicorp/packer#10248).
    what: 'a copy of an AMI the build announced that is gone now, under its name, in a region it copied to',
    leads: [...ownLeads, ['image', OWN_AMI], ['copy-region', 'us-west-2']],
    facts: {
      ...ownFacts,
      images: [
        image(COPY_W2, {
          region: 'us-west-2',
          sourceInstanceId: undefined,
          sourceImageId: OWN_AMI,
          sourceImageRegion: REGION
        })
      ]
    },
    expect: [['image', COPY_W2, 'us-west-2', true, /which the build announced and which is gone/]]
  },
  {
    what: 'on an EC2 that reports SourceInstanceId but not SourceImageId: copies under the announced name',
    leads: [...ownLeads, ['image', OWN_AMI], ['copy-region', 'us-west-2']],
    facts: {
      ...ownFacts,
      images: [image(OWN_AMI), image(COPY_W2, { region: 'us-west-2', sourceInstanceId: undefined })]
    },
    expect: [
      ['image', OWN_AMI, REGION, true],
      [
        'image',
        COPY_W2,
        'us-west-2',
        true,
        /a copy this run made, under the name the build announced/
      ]
    ]
  },
  {
    what: 'encrypt_boot: the random-named intermediate, and its copies, one in the build region',
    leads: [
      ...ownLeads,
      ['image-name', 'x7k2p9q'],
      ['image', INTERMEDIATE],
      ['copy-region', 'us-west-2']
    ],
    facts: {
      ...ownFacts,
      images: [
        image(INTERMEDIATE, { name: 'x7k2p9q' }),
        image(OWN_AMI, {
          sourceInstanceId: undefined,
          sourceImageId: INTERMEDIATE,
          sourceImageRegion: REGION
        }),
        image(COPY_W2, {
          region: 'us-west-2',
          sourceInstanceId: undefined,
          sourceImageId: INTERMEDIATE,
          sourceImageRegion: REGION
        })
      ]
    },
    expect: [
      ['image', INTERMEDIATE, REGION, true],
      ['image', OWN_AMI, REGION, true, /copied from this run's/],
      ['image', COPY_W2, 'us-west-2', true]
    ]
  },
  {
    what: 'the pending mark this run put on its own AMI does not make it foreign',
    leads: [...ownLeads, ['image', OWN_AMI]],
    facts: {
      ...ownFacts,
      images: [image(OWN_AMI, { tags: { [schema.complete]: '1.2.3', [schema.run]: RUN } })]
    },
    expect: [['image', OWN_AMI, REGION, true]]
  },
  {
    what: 'launch template, instance profile and role created by this run',
    leads: [
      ...ownLeads,
      ['launch-template', 'lt-0c00000000000000c'],
      ['instance-profile', 'packer-1111'],
      ['role', 'packer-1111']
    ],
    facts: {
      ...ownFacts,
      instances: [
        instance(OWN_I, {
          instanceProfile: 'packer-1111',
          launchTemplateId: 'lt-0c00000000000000c'
        })
      ],
      launchTemplates: [
        {
          // The name Packer 1.6.6 gave its spot template in a live run (packer-facts.md §1.4).
          id: 'lt-0c00000000000000c',
          name: 'packer-fleet-launch-template-6BkFE2z',
          region: REGION,
          createTime: AFTER
        }
      ],
      instanceProfiles: [
        { name: 'packer-1111', arn: undefined, createDate: AFTER, roles: ['packer-1111'] }
      ],
      roles: [{ name: 'packer-1111', createDate: AFTER, instanceProfiles: ['packer-1111'] }]
    },
    expect: [
      ['launch template', 'lt-0c00000000000000c', REGION, true],
      ['instance profile', 'packer-1111', undefined, true],
      ['role', 'packer-1111', undefined, true]
    ]
  }
]

/** An EC2 that reports neither SourceInstanceId nor SourceImageId. */
const legacy = (id: string, over: Partial<ImageFact> = {}) =>
  image(id, { sourceInstanceId: undefined, sourceImageId: undefined, ...over })

const legacyCases: Case[] = [
  {
    what: 'the AMI announced by ID and name in the build region, with a proven instance; its copies by name',
    leads: [...ownLeads, ['image', OWN_AMI], ['copy-region', 'us-west-2']],
    facts: {
      ...ownFacts,
      images: [legacy(OWN_AMI), legacy(COPY_W2, { region: 'us-west-2' })]
    },
    expect: [
      ['image', OWN_AMI, REGION, true, /ID and name the build announced/],
      ['image', COPY_W2, 'us-west-2', true, /a copy this run made/]
    ]
  },
  {
    what: 'in the region the template builds in, not aws-region',
    leads: [...ownLeads, ['image', OWN_AMI]],
    more: { buildRegions: { [BUILD]: 'eu-central-1' } },
    facts: {
      ...ownFacts,
      instances: [instance(OWN_I, { region: 'eu-central-1' })],
      keyPairs: [
        {
          name: KEY,
          id: 'key-0a0000000000000a1',
          region: 'eu-central-1',
          createTime: AFTER,
          tags: {}
        }
      ],
      securityGroups: [{ id: GROUP_ID, name: GROUP, region: 'eu-central-1' }],
      images: [legacy(OWN_AMI, { region: 'eu-central-1' }), legacy(COPY_W2, { region: REGION })]
    },
    expect: [
      ['image', OWN_AMI, 'eu-central-1', true],
      ['image', COPY_W2, REGION, false, /EC2 reports no source for it/]
    ]
  },
  {
    what: 'not when the build has no proven instance',
    leads: [...ownLeads, ['image', OWN_AMI], ['copy-region', 'us-west-2']],
    facts: {
      ...ownFacts,
      instances: [instance(OWN_I, { launchTime: BEFORE })],
      images: [legacy(OWN_AMI), legacy(COPY_W2, { region: 'us-west-2' })]
    },
    expect: [
      ['instance', OWN_I, REGION, false],
      ['image', OWN_AMI, REGION, false, /EC2 reports no source/],
      ['image', COPY_W2, 'us-west-2', false]
    ]
  },
  {
    what: 'not an image announced by ID alone, under another name',
    leads: [...ownLeads, ['image', OWN_AMI]],
    facts: { ...ownFacts, images: [legacy(OWN_AMI, { name: 'prod-base' })] },
    expect: [['image', OWN_AMI, REGION, false]]
  },
  {
    what: 'not a same-named image in a region never announced',
    leads: [...ownLeads, ['image', OWN_AMI], ['copy-region', 'us-west-2']],
    facts: {
      ...ownFacts,
      images: [legacy(OWN_AMI), legacy(COPY_EU, { region: 'eu-west-1' })]
    },
    expect: [
      ['image', OWN_AMI, REGION, true],
      ['image', COPY_EU, 'eu-west-1', false, /EC2 reports no source/]
    ]
  },
  {
    what: 'not an image under the announced name that is not the announced ID (Packer removed its own)',
    leads: [...ownLeads, ['image', OWN_AMI]],
    facts: { ...ownFacts, images: [legacy(DUPLICATE)] },
    expect: [['image', DUPLICATE, REGION, false, /EC2 reports no source/]]
  },
  {
    what: 'not an image announced by ID and name outside the build region and its copy regions',
    leads: [...ownLeads, ['image', OWN_AMI], ['copy-region', 'us-west-2']],
    facts: { ...ownFacts, images: [legacy(OWN_AMI, { region: 'eu-west-1' })] },
    expect: [['image', OWN_AMI, 'eu-west-1', false, /EC2 reports no source/]]
  },
  {
    what: "not a copy under another build's name when that build has no proven AMI of its own",
    leads: [
      ...ownLeads,
      ['image', OWN_AMI],
      ['image-name', 'other-1.2.3', 'amazon-ebs.other'],
      ['copy-region', 'us-west-2', 'amazon-ebs.other']
    ],
    facts: {
      ...ownFacts,
      images: [legacy(OWN_AMI), legacy(COPY_W2, { region: 'us-west-2', name: 'other-1.2.3' })]
    },
    expect: [
      ['image', OWN_AMI, REGION, true],
      ['image', COPY_W2, 'us-west-2', false, /EC2 reports no source/]
    ]
  }
]

describe('judgeOwnership', () => {
  describe.each([
    ['foreign', foreignCases],
    ['own', ownCases],
    ['a copy whose source is gone', goneSourceCases],
    ['legacy EC2', legacyCases]
  ] as const)('%s', (_group, cases) => {
    it.each(cases)('$what', c => {
      const verdicts = judgeOwnership(evidence(c.leads, c.more), c.facts, schema)
      for (const [kind, id, region, ours, reason] of c.expect) {
        const verdict = verdictOf(verdicts, kind, id, region)
        expect(verdict, `${kind} ${id}`).toBeDefined()
        expect({ kind, id, ours: verdict?.ours }).toEqual({ kind, id, ours })
        if (reason) expect(verdict?.reason).toMatch(reason)
      }
    })
  })

  it('judges every lead and nothing else', () => {
    const verdicts = judgeOwnership(
      evidence([...ownLeads, ['image', OWN_AMI]]),
      {
        ...ownFacts,
        // Found by the announced name but not made here: judged. Unrelated: never judged.
        images: [image(OWN_AMI), image(GOLDEN, { name: 'unrelated', sourceInstanceId: 'i-0f' })]
      },
      schema
    )
    expect(verdicts.map(v => `${v.kind} ${v.id}`).sort()).toEqual(
      [
        `image ${OWN_AMI}`,
        `instance ${OWN_I}`,
        `key pair ${KEY}`,
        `security group ${GROUP_ID}`
      ].sort()
    )
    expect(verdictOf(verdicts, 'image', OWN_AMI)?.snapshotIds).toEqual(['snap-0100000000000000a'])
  })

  // A build killed while Packer's RunInstances was in flight: the log never named its instance.
  it("takes no unnamed instance without the build's key pair or group, source AMI and region", () => {
    const leads: [LeadKind, string][] = [
      ['source-image', SOURCE_AMI],
      ['key-pair', KEY],
      ['security-group', GROUP]
    ]
    const own = instance(OWN_I)
    const strangers = [
      // Launched from the same public base AMI meanwhile, by someone else.
      instance(STRANGER, { keyName: 'ops', groupIds: ['sg-0f'], groupNames: ['default'] }),
      instance(PROD, { region: 'us-west-2' }),
      // A user of the key pair and group from before the run: no lead names it, no verdict either.
      instance('i-0f00000000000000f', { launchTime: BEFORE })
    ]
    const verdicts = judgeOwnership(
      evidence(leads),
      { ...ownFacts, instances: [own, ...strangers] },
      schema
    )
    expect(verdicts.filter(v => v.kind === 'instance').map(v => [v.id, v.ours])).toEqual([
      [OWN_I, true]
    ])
    // Without the source AMI, the key pair or group alone proves no unnamed instance.
    const unsourced = judgeOwnership(
      evidence(leads.slice(1)),
      { ...ownFacts, instances: [own] },
      schema
    )
    expect(unsourced.filter(v => v.kind === 'instance')).toEqual([])
  })

  it('takes no unnamed instance by a key pair name the template fixed', () => {
    // temporary_key_pair_name and security_group_id: another run of the template may hold the
    // name with its own instance, from the same source AMI.
    const fixed = 'ci-build'
    const user = instance(OWN_I, { keyName: fixed, groupIds: ['sg-0f'], groupNames: ['builders'] })
    const key = { name: fixed, id: 'key-0f', region: REGION, createTime: AFTER, tags: {} }
    const verdicts = judgeOwnership(
      evidence([
        ['source-image', SOURCE_AMI],
        ['key-pair', fixed]
      ]),
      facts({ instances: [user], keyPairs: [key] }),
      schema
    )
    expect(verdicts.map(v => [`${v.kind} ${v.id}`, v.ours])).toEqual([[`key pair ${fixed}`, false]])
  })

  it('takes no unnamed instance from the source AMI alone, when the build announced no key pair or group', () => {
    // ssh_keypair_name and security_group_id: the log names neither, and the instance was never named.
    const stranger = instance(STRANGER, { keyName: 'ops', groupNames: ['default'] })
    const verdicts = judgeOwnership(
      evidence([['source-image', SOURCE_AMI]]),
      facts({ instances: [stranger] }),
      schema
    )
    expect(verdicts).toEqual([])
  })

  it("judges an instance by the leads of the build that named it, not another build's", () => {
    const other = 'amazon-ebs.other'
    // Build `other` named it; it was launched from the source AMI of `app`, which announced no key pair or group.
    const verdicts = judgeOwnership(
      evidence([
        ['source-image', SOURCE_AMI],
        ['source-image', 'ami-0600000000000000b', other],
        ['instance', STRANGER, other]
      ]),
      facts({ instances: [instance(STRANGER)] }),
      schema
    )
    expect(verdicts.map(v => [v.id, v.build, v.ours])).toEqual([[STRANGER, other, false]])
  })

  it('gives an image the build its proof runs through, whatever name lead comes first', () => {
    const other = 'amazon-ebs.other'
    // Both builds announce the same AMI name; the image was made from build `app`'s instance.
    const verdicts = judgeOwnership(
      evidence([['image-name', NAME, other], ...ownLeads, ['copy-region', 'us-west-2']]),
      {
        ...ownFacts,
        images: [
          image(COPY_W2, {
            region: 'us-west-2',
            sourceInstanceId: undefined,
            sourceImageId: OWN_AMI
          }),
          image(OWN_AMI)
        ]
      },
      schema
    )
    expect(verdictOf(verdicts, 'image', OWN_AMI)).toMatchObject({ ours: true, build: BUILD })
    expect(verdictOf(verdicts, 'image', COPY_W2)).toMatchObject({ ours: true, build: BUILD })
  })
})

describe('planSweep', () => {
  const released = 'ami-0140000000000000e'
  const sweepFacts: Facts = {
    ...ownFacts,
    instances: [instance(OWN_I), instance('i-0d00000000000000d', { state: 'terminated' })],
    images: [
      image(OWN_AMI),
      image(released, { tags: { [schema.version]: '1.2.3', [schema.builds]: 'amazon-ebs.app' } }),
      image(GOLDEN, { created: '2020-06-01T00:00:00.000Z' })
    ]
  }
  const leads: [LeadKind, string, string?][] = [
    ...ownLeads,
    ['instance', 'i-0d00000000000000d'],
    ['image', OWN_AMI],
    ['image', released],
    ['image', GOLDEN]
  ]
  const plan = (
    more: Partial<Evidence> = {},
    tags: Record<string, Record<string, string>> = {}
  ) => {
    const e = evidence(leads, more)
    const f: Facts = {
      ...sweepFacts,
      images: sweepFacts.images.map(i => ({ ...i, tags: { ...i.tags, ...tags[i.id] } }))
    }
    return planSweep(e, judgeOwnership(e, f, schema), f, schema)
  }
  const ids = (list: { id: string }[]) => list.map(v => v.id).sort()

  it('removes a resource two verdicts name only when both prove it the run’s, and places it once', () => {
    const e = evidence(leads)
    const verdicts = judgeOwnership(e, sweepFacts, schema)
    const key = verdicts.find(v => v.kind === 'key pair' && v.ours)
    expect(key).toBeDefined()
    const again = { ...(key as Verdict), build: 'amazon-ebs.other' }
    const twice = planSweep(e, [...verdicts, again], sweepFacts, schema)
    expect(twice.remove.filter(v => v.id === KEY)).toHaveLength(1)
    // Whichever order they come in, one verdict that refuses it keeps it.
    const refused = { ...again, ours: false, reason: 'another run uses it' }
    for (const order of [
      [...verdicts, refused],
      [refused, ...verdicts]
    ]) {
      const p = planSweep(e, order, sweepFacts, schema)
      expect(p.remove.map(v => v.id)).not.toContain(KEY)
      expect(p.foreign.filter(v => v.id === KEY)).toHaveLength(1)
    }
  })

  it('removes an unfinished build: its instance, key pair, group and AMI', () => {
    const p = plan()
    expect(ids(p.remove)).toEqual([GROUP_ID, KEY, OWN_AMI, OWN_I].sort())
    expect(p.keep.map(k => [k.verdict.id, k.reason])).toEqual([[released, 'it is released']])
  })

  it('keeps the AMIs a completion record of this run names, and still removes its temporary resources', () => {
    const recorded = { [schema.complete]: '1.2.3', [schema.run]: RUN, [schema.copies]: '' }
    const p = plan({}, { [OWN_AMI]: recorded })
    expect(ids(p.remove)).toEqual([GROUP_ID, KEY, OWN_I].sort())
    expect(ids(p.keep.map(k => k.verdict))).toEqual([OWN_AMI, released].sort())
    expect(p.keep.find(k => k.verdict.id === OWN_AMI)?.reason).toMatch(/recorded complete/)
  })

  it('removes an AMI of this run that carries the version without the builds record: the template tagged it, no release did', () => {
    const p = plan({}, { [OWN_AMI]: { [schema.version]: '1.2.3' } })
    expect(ids(p.remove)).toContain(OWN_AMI)
    expect(ids(p.keep.map(k => k.verdict))).toEqual([released])
  })

  it('removes an AMI of a build that finished without a completion record: a re-run cannot release it', () => {
    const p = plan()
    expect(ids(p.remove)).toContain(OWN_AMI)
  })

  it('removes a copy marked complete that no record of this run names (its record was never written)', () => {
    const e = evidence([...ownLeads, ['image', OWN_AMI], ['copy-region', 'us-west-2']])
    const marks = { [schema.complete]: '1.2.3', [schema.run]: RUN }
    const f: Facts = {
      ...ownFacts,
      images: [
        image(OWN_AMI),
        image(COPY_W2, {
          region: 'us-west-2',
          sourceInstanceId: undefined,
          sourceImageId: OWN_AMI,
          tags: marks
        })
      ]
    }
    const p = planSweep(e, judgeOwnership(e, f, schema), f, schema)
    expect(ids(p.remove)).toEqual(expect.arrayContaining([OWN_AMI, COPY_W2]))
  })

  it("does not remove a terminated instance, and reports what is not this run's", () => {
    const p = plan()
    expect(ids(p.remove)).not.toContain('i-0d00000000000000d')
    expect(ids(p.foreign)).toEqual([GOLDEN])
    expect(p.foreign[0]?.reason).toMatch(/before this run started/)
    // Nothing is in two lists.
    const all = [...p.remove, ...p.keep.map(k => k.verdict), ...p.foreign].map(
      v => `${v.kind} ${v.id}`
    )
    expect(new Set(all).size).toBe(all.length)
  })

  it('keeps the copy of a recorded build when an unfinished build announced the same name', () => {
    const e = evidence([
      ['image-name', NAME, 'amazon-ebs.killed'],
      ...ownLeads,
      ['copy-region', 'us-west-2']
    ])
    const recorded = { [schema.complete]: '1.2.3', [schema.run]: RUN }
    const f: Facts = {
      ...ownFacts,
      images: [
        image(OWN_AMI, { tags: { ...recorded, [schema.copies]: `us-west-2=${COPY_W2}` } }),
        image(COPY_W2, {
          region: 'us-west-2',
          sourceInstanceId: undefined,
          sourceImageId: OWN_AMI,
          tags: recorded
        })
      ]
    }
    const p = planSweep(e, judgeOwnership(e, f, schema), f, schema)
    expect(ids(p.keep.map(k => k.verdict))).toEqual([OWN_AMI, COPY_W2].sort())
    expect(ids(p.remove)).not.toContain(COPY_W2)
  })

  it('keeps a released set as released: the AMI with the builds record, and the copy it records with the version alone', () => {
    const e = evidence([...ownLeads, ['image', OWN_AMI], ['copy-region', 'us-west-2']])
    const marks = { [schema.complete]: '1.2.3', [schema.run]: RUN, [schema.version]: '1.2.3' }
    const f: Facts = {
      ...ownFacts,
      images: [
        image(OWN_AMI, {
          tags: {
            ...marks,
            [schema.builds]: 'amazon-ebs.app',
            [schema.copies]: `us-west-2=${COPY_W2}`
          }
        }),
        image(COPY_W2, {
          region: 'us-west-2',
          sourceInstanceId: undefined,
          sourceImageId: OWN_AMI,
          tags: marks
        })
      ]
    }
    const p = planSweep(e, judgeOwnership(e, f, schema), f, schema)
    expect(p.keep.map(k => [k.verdict.id, k.reason]).sort()).toEqual(
      [
        [OWN_AMI, 'it is released'],
        [COPY_W2, 'it is released']
      ].sort()
    )
  })

  it('removes nothing when nothing is proven', () => {
    const e = evidence([
      ['instance', PROD],
      ['image', GOLDEN]
    ])
    const f = facts({
      instances: [instance(PROD, { launchTime: '2024-01-01T00:00:00.000Z' })],
      images: [image(GOLDEN, { created: '2020-01-01T00:00:00.000Z' })]
    })
    const p = planSweep(e, judgeOwnership(e, f, schema), f, schema)
    expect(p.remove).toEqual([])
    expect(ids(p.foreign)).toEqual([GOLDEN, PROD].sort())
  })
})
