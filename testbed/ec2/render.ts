import type { XmlValue } from '../aws/xml.js'
import {
  ACCOUNT_ID,
  INSTANCE_STATES,
  isPublic,
  tagSet,
  type Image,
  type Instance,
  type InstanceState,
  type KeyPair,
  type LaunchTemplate,
  type LaunchTemplateVersion,
  type Region,
  type Snapshot,
  type Volume
} from './world.js'

/** An image as DescribeImages answers it (member names from the SDK's EC2 schema). */
export function imageXml(region: Region, image: Image): XmlValue {
  const legacy = region.options.legacyImageFields === true
  return {
    imageId: image.id,
    imageLocation: `${image.ownerId}/${image.name}`,
    imageState: region.imageState(image),
    imageOwnerId: image.ownerId,
    creationDate: image.creationDate,
    isPublic: isPublic(image),
    architecture: 'x86_64',
    imageType: 'machine',
    name: image.name,
    description: image.description,
    rootDeviceType: 'ebs',
    rootDeviceName: image.blockDevices[0]?.deviceName,
    blockDeviceMapping: image.blockDevices.map(d => ({
      deviceName: d.deviceName,
      ebs: {
        snapshotId: d.snapshotId,
        volumeSize: d.volumeSize,
        deleteOnTermination: d.deleteOnTermination,
        volumeType: 'gp3',
        encrypted: false
      }
    })),
    virtualizationType: 'hvm',
    hypervisor: 'xen',
    enaSupport: true,
    tagSet: tagSet(image.tags),
    deprecationTime: image.deprecationTime,
    deregistrationProtection:
      image.ownerId === ACCOUNT_ID ? image.deregistrationProtection : undefined,
    // Fields an older EC2 did not have.
    ...(legacy
      ? {}
      : {
          sourceInstanceId: image.sourceInstanceId,
          ...(region.options.reportsCopySource === false
            ? {}
            : { sourceImageId: image.sourceImageId, sourceImageRegion: image.sourceImageRegion }),
          lastLaunchedTime: image.lastLaunchedTime
        })
  }
}

/** `launchPermission` items of DescribeImageAttribute. */
export function launchPermissionXml(image: Image): XmlValue[] {
  const p = image.launchPermissions
  return [
    ...p.groups.map(group => ({ group })),
    ...p.userIds.map(userId => ({ userId })),
    ...p.organizationArns.map(organizationArn => ({ organizationArn })),
    ...p.organizationalUnitArns.map(organizationalUnitArn => ({ organizationalUnitArn }))
  ]
}

export function snapshotXml(snapshot: Snapshot): XmlValue {
  return {
    snapshotId: snapshot.id,
    volumeId: snapshot.volumeId,
    status: 'completed',
    startTime: snapshot.startTime,
    progress: '100%',
    ownerId: snapshot.ownerId,
    volumeSize: snapshot.volumeSize,
    description: snapshot.description,
    encrypted: false,
    tagSet: tagSet(snapshot.tags)
  }
}

export function volumeXml(volume: Volume): XmlValue {
  return {
    volumeId: volume.id,
    size: volume.size,
    snapshotId: volume.snapshotId,
    availabilityZone: 'a',
    status: volume.attachment ? 'in-use' : 'available',
    createTime: volume.createTime,
    attachmentSet: volume.attachment
      ? [
          {
            volumeId: volume.id,
            instanceId: volume.attachment.instanceId,
            device: volume.attachment.deviceName,
            status: 'attached',
            attachTime: volume.createTime,
            deleteOnTermination: volume.attachment.deleteOnTermination
          }
        ]
      : [],
    volumeType: 'gp3',
    encrypted: false,
    tagSet: tagSet(volume.tags)
  }
}

export function stateXml(state: InstanceState): XmlValue {
  return { code: INSTANCE_STATES[state], name: state }
}

export function groupSetXml(instance: Instance): XmlValue[] {
  return instance.groupIds.map((groupId, i) => ({ groupId, groupName: instance.groupNames[i] }))
}

export function instanceXml(region: Region, instance: Instance): XmlValue {
  const volumes = instance.volumeIds.map(id => region.volumes.get(id)).filter(v => v !== undefined)
  return {
    instanceId: instance.id,
    imageId: instance.imageId,
    instanceState: stateXml(instance.shownState),
    privateDnsName: `ip-${instance.privateIp.replace(/\./g, '-')}.ec2.internal`,
    dnsName: '',
    keyName: instance.keyName,
    amiLaunchIndex: 0,
    instanceType: instance.instanceType,
    launchTime: instance.launchTime,
    placement: { availabilityZone: region.az, tenancy: 'default' },
    monitoring: { state: 'disabled' },
    subnetId: 'subnet-00000000000000001',
    vpcId: 'vpc-00000000000000001',
    privateIpAddress: instance.privateIp,
    ipAddress: instance.shownState === 'running' ? instance.publicIp : undefined,
    architecture: 'x86_64',
    rootDeviceType: 'ebs',
    rootDeviceName: '/dev/xvda',
    blockDeviceMapping: volumes.map(v => ({
      deviceName: v.attachment?.deviceName,
      ebs: {
        volumeId: v.id,
        status: 'attached',
        attachTime: v.createTime,
        deleteOnTermination: v.attachment?.deleteOnTermination
      }
    })),
    iamInstanceProfile: instance.iamInstanceProfile && {
      arn: instance.iamInstanceProfile.arn,
      id: instance.iamInstanceProfile.id
    },
    virtualizationType: 'hvm',
    hypervisor: 'xen',
    groupSet: groupSetXml(instance),
    tagSet: tagSet(instance.tags)
  }
}

export function keyPairXml(key: KeyPair): XmlValue {
  return {
    keyPairId: key.id,
    keyName: key.name,
    keyFingerprint: key.fingerprint,
    keyType: 'rsa',
    createTime: key.createTime,
    tagSet: tagSet(key.tags)
  }
}

export function launchTemplateXml(lt: LaunchTemplate): XmlValue {
  return {
    launchTemplateId: lt.id,
    launchTemplateName: lt.name,
    createTime: lt.createTime,
    createdBy: `arn:aws:iam::${ACCOUNT_ID}:root`,
    defaultVersionNumber: lt.defaultVersion,
    latestVersionNumber: Math.max(...lt.versions.map(v => v.number)),
    tagSet: tagSet(lt.tags)
  }
}

export function launchTemplateVersionXml(lt: LaunchTemplate, v: LaunchTemplateVersion): XmlValue {
  return {
    launchTemplateId: lt.id,
    launchTemplateName: lt.name,
    versionNumber: v.number,
    versionDescription: v.description,
    createTime: v.createTime,
    createdBy: `arn:aws:iam::${ACCOUNT_ID}:root`,
    defaultVersion: v.number === lt.defaultVersion,
    launchTemplateData: { imageId: v.imageId }
  }
}
