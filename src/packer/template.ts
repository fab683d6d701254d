import * as fs from 'node:fs'
import * as path from 'node:path'
import { InputError, errorMessage } from '../errors.js'
import { Input } from '../constants.js'

export interface Template {
  /** What Packer is given: the file, or the folder of *.pkr.hcl. */
  path: string
  /** `hcl` covers *.pkr.hcl and HCL2's JSON syntax (*.pkr.json); `legacy-json` is Packer 1.6-style JSON. */
  format: 'hcl' | 'legacy-json'
  /** The files read, for annotations. */
  files: string[]
  declaresImageVersion: boolean
  /** HCL2 `required_plugins`: `packer init` installs them. */
  requiresPlugins: boolean
  /** Legacy JSON: builder, provisioner and post-processor types, for plugin installs. */
  componentTypes: string[]
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new InputError(Input.Template, `'${file}' cannot be read (${errorMessage(error)})`)
  }
}

interface LegacyJson {
  variables?: Record<string, unknown>
  builders?: { type?: string }[]
  provisioners?: { type?: string }[]
  'post-processors'?: unknown[]
}

function legacyTypes(json: LegacyJson): string[] {
  const postProcessors = (json['post-processors'] ?? [])
    .flat()
    .map(p => (typeof p === 'string' ? p : (p as { type?: string }).type))
  const all = [
    ...(json.builders ?? []).map(b => b.type),
    ...(json.provisioners ?? []).map(p => p.type),
    ...postProcessors
  ]
  return [...new Set(all.filter((t): t is string => typeof t === 'string'))]
}

/** Reads what the action needs to know of a template: its format and what it declares. */
export function readTemplate(templatePath: string): Template {
  if (fs.statSync(templatePath).isDirectory()) {
    const files = fs
      .readdirSync(templatePath)
      .filter(name => name.endsWith('.pkr.hcl'))
      .sort()
      .map(name => path.join(templatePath, name))
    const text = files.map(readText).join('\n')
    return {
      path: templatePath,
      format: 'hcl',
      files,
      declaresImageVersion: /variable\s+"image_version"/.test(text),
      requiresPlugins: /required_plugins\s*\{/.test(text),
      componentTypes: []
    }
  }
  const text = readText(templatePath)
  if (templatePath.endsWith('.pkr.hcl')) {
    return {
      path: templatePath,
      format: 'hcl',
      files: [templatePath],
      declaresImageVersion: /variable\s+"image_version"/.test(text),
      requiresPlugins: /required_plugins\s*\{/.test(text),
      componentTypes: []
    }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new InputError(
      Input.Template,
      `'${templatePath}' is not valid JSON: ${errorMessage(error)}`
    )
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError(
      Input.Template,
      `'${templatePath}' is not a Packer template (a JSON object)`
    )
  }
  if (templatePath.endsWith('.pkr.json')) {
    const hclJson = json as {
      variable?: Record<string, unknown>
      packer?: { required_plugins?: unknown }
    }
    return {
      path: templatePath,
      format: 'hcl',
      files: [templatePath],
      declaresImageVersion: hclJson.variable !== undefined && 'image_version' in hclJson.variable,
      requiresPlugins: hclJson.packer?.required_plugins !== undefined,
      componentTypes: []
    }
  }
  const legacy = json as LegacyJson
  return {
    path: templatePath,
    format: 'legacy-json',
    files: [templatePath],
    declaresImageVersion: legacy.variables !== undefined && 'image_version' in legacy.variables,
    requiresPlugins: false,
    componentTypes: legacyTypes(legacy)
  }
}
