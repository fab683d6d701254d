import * as fs from 'node:fs'
import * as path from 'node:path'
import { Input } from '../constants.js'
import { NAME, parseHcl } from './hcl.js'
import { knownString, mentionsVariable, type Template, type TemplateBuild } from './template.js'

/**
 * What a template must do for a release, checked before anything is installed or built, with
 * the fix in the message: declare `image_version` and use it in every AMI name (else the next
 * tag collides with this one's name), declare every variable `vars` sets (Packer ignores an
 * undeclared PKR_VAR_), leave `image_version` to the action, and build in the region the
 * action looks in.
 */
export interface ContractProblem {
  message: string
  /** The input the fix belongs to, when it is one. */
  input?: string | undefined
  /** Where in the template, when it is there. */
  file?: string | undefined
  line?: number | undefined
}

export interface ContractResult {
  problems: ContractProblem[]
  warnings: string[]
  /** Each build's region when the template states it, else the action's region. */
  buildRegions: Record<string, string>
  /** The region to use: `region`, or the template's when `region` only came from the environment. */
  region: string | undefined
}

export interface ContractInputs {
  vars: readonly (readonly [string, string])[]
  varFiles: readonly string[]
  /** The region the action looks in; undefined where none is needed (mode: validate). */
  region: string | undefined
  regionFrom: 'input' | 'environment'
}

/** Builders that produce an AMI and take `ami_name`. */
const AMI_BUILDERS = /^amazon-(ebs|ebssurrogate|instance|chroot)$/

function declareLines(template: Template): string {
  return template.format === 'legacy-json'
    ? `"variables": { "image_version": "" }  and  "ami_name": "app-{{user \`image_version\`}}"`
    : `variable "image_version" {\n  type = string\n}\n...and in the source: ami_name = "app-\${var.image_version}"`
}

/** Names a variable file sets: the attributes of a .pkrvars.hcl, the keys of a JSON one. */
function namesSetIn(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  if (file.endsWith('.json')) {
    try {
      return Object.keys(JSON.parse(text) as object)
    } catch {
      return []
    }
  }
  try {
    return parseHcl(text).attributes.map(a => a.name)
  } catch {
    return [...text.matchAll(new RegExp(String.raw`^\s*(${NAME})\s*=`, 'gmu'))].map(
      m => m[1] as string
    )
  }
}

/** `*.auto.pkrvars.hcl`/`.json` of a folder template, which Packer loads on its own (not for a single file). */
function autoVarFiles(template: Template): string[] {
  if (template.format !== 'hcl' || !fs.statSync(template.path).isDirectory()) return []
  return fs
    .readdirSync(template.path)
    .filter(n => /\.auto\.pkrvars\.(hcl|json)$/.test(n))
    .sort()
    .map(n => path.join(template.path, n))
}

/** A build that makes an AMI: its builder does, and it does not skip it. */
export function amiBuild(build: TemplateBuild): boolean {
  return AMI_BUILDERS.test(build.type) && build.settings.get('skip_create_ami')?.trim() !== 'true'
}

export function checkContract(
  template: Template,
  inputs: ContractInputs,
  releasing: boolean
): ContractResult {
  const problems: ContractProblem[] = []
  const warnings: string[] = []
  const vars = new Map(inputs.vars.map(([k, v]) => [k, v] as [string, string]))
  const first = template.files[0] ?? template.path

  // A template that makes no AMI (or that the reader could not follow) has no AMI name to check.
  const amiBuilds = template.builds.filter(amiBuild)
  if (releasing && amiBuilds.length > 0) {
    if (!template.variables.has('image_version'))
      problems.push({
        message: `${path.basename(template.path)} declares no image_version variable, so every release would build the same AMI name and the next tag would collide with this one. Add:\n${declareLines(template)}`,
        file: first
      })
    else
      for (const build of amiBuilds) {
        const amiName = build.settings.get('ami_name')
        if (amiName !== undefined && !mentionsVariable(template, amiName, 'image_version'))
          problems.push({
            message: `the ami_name of build ${build.name} (${amiName}) does not use image_version, so the next tag would collide with this one's AMI name. Write it like: ${template.format === 'legacy-json' ? '"app-{{user `image_version`}}"' : '"app-${var.image_version}"'}`,
            file: build.file,
            line: build.line
          })
      }
  }

  // Packer deregisters whatever AMI holds the name (and with force_delete_snapshot deletes its
  // snapshots), proven to be nothing: another lineage's release, a hand-made image.
  if (releasing)
    for (const build of template.builds.filter(b => b.type.startsWith('amazon-')))
      for (const setting of ['force_deregister', 'force_delete_snapshot'])
        if (
          build.settings.has(setting) &&
          !['false', '"false"'].includes(build.settings.get(setting)?.trim() ?? '')
        )
          problems.push({
            message: `build ${build.name} sets ${setting}: Packer would deregister whatever AMI holds the name, which the action cannot prove is this release's. Remove it: a release's image is reused, or with on-existing: rebuild built anew under a name that differs per build and the older one retired once proven`,
            file: build.file,
            line: build.line
          })

  for (const [name] of inputs.vars) {
    if (!template.variables.has(name))
      problems.push({
        input: Input.Vars,
        message: `'${name}' is not a variable of ${path.basename(template.path)}, and Packer would ignore it; it declares: ${[...template.variables.keys()].sort().join(', ') || '(none)'}`
      })
  }
  const setters = [...autoVarFiles(template), ...inputs.varFiles]
  for (const file of setters) {
    const names = namesSetIn(file)
    if (names.includes('image_version'))
      problems.push({
        input: inputs.varFiles.includes(file) ? Input.VarFiles : undefined,
        message: `${file} sets image_version, which is the action's to set: it passes the tag's version (or 'image-version') as -var image_version, which overrides the file, so the file's value is never used; remove it`,
        file
      })
    for (const name of names.filter(n => vars.has(n)))
      warnings.push(
        template.format === 'legacy-json'
          ? // Legacy JSON: -var over -var-file (hashicorp/packer@v1.15.4:command/meta.go:40-57).
            `Input 'vars' sets ${name}, and so does ${file}; 'vars' wins (Packer: -var-file < -var). Set it in one place.`
          : `Input 'vars' sets ${name}, and so does ${file}; the file wins (Packer: PKR_VAR_ < variable files < -var). Set it in one place.`
      )
  }

  const buildRegions: Record<string, string> = {}
  const stated = new Set<string>()
  for (const build of template.builds.filter(b => b.type.startsWith('amazon-'))) {
    const expression = build.settings.get('region')
    const region = expression === undefined ? undefined : knownString(template, expression, vars)
    // An empty region leaves it to the AWS environment, as no region does.
    if (region) {
      buildRegions[build.name] = region
      stated.add(region)
    }
  }
  let region = inputs.region
  if (region !== undefined && stated.size > 0 && !stated.has(region)) {
    const where = [...stated].sort().join(', ')
    if (inputs.regionFrom === 'environment' && stated.size === 1) {
      region = [...stated][0]
      warnings.push(
        `The template builds in ${region}, not in ${inputs.region} (from AWS_REGION): the action follows the template. Set 'aws-region' to say which region to use.`
      )
    } else
      problems.push({
        input: Input.AwsRegion,
        message: `'${inputs.region}' is not where the template builds (${where}); set it to ${stated.size === 1 ? where : 'one of them'}, so that lookups, outputs and the cleanup look where the images are`
      })
  }
  if (region !== undefined) for (const build of template.builds) buildRegions[build.name] ??= region
  return { problems, warnings, buildRegions, region }
}
