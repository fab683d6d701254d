/**
 * XML answers of the Query protocols. EC2 lists its members as `<item>`, IAM (plain AWS Query)
 * as `<member>`; everything else is the same nesting of elements.
 */
export type XmlValue =
  string | number | boolean | undefined | null | XmlValue[] | { [name: string]: XmlValue }

export type ListItem = 'item' | 'member'

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, c => `&#${c.charCodeAt(0)};`)
}

/** One element; undefined and null values are left out, as the services omit absent fields. */
export function xmlElement(name: string, value: XmlValue, item: ListItem): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value))
    return `<${name}>${value.map(v => xmlElement(item, v, item)).join('')}</${name}>`
  if (typeof value === 'object') return `<${name}>${xmlElements(value, item)}</${name}>`
  return `<${name}>${escapeXml(String(value))}</${name}>`
}

export function xmlElements(fields: Record<string, XmlValue>, item: ListItem): string {
  return Object.entries(fields)
    .map(([k, v]) => xmlElement(k, v, item))
    .join('')
}

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n'
const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/'

/** `<ActionResponse xmlns=ec2><requestId/>...fields</ActionResponse>` */
export function ec2ResponseXml(
  action: string,
  requestId: string,
  body: Record<string, XmlValue>
): string {
  return `${PROLOG}<${action}Response xmlns="${EC2_NS}"><requestId>${requestId}</requestId>${xmlElements(body, 'item')}</${action}Response>`
}

export function ec2ErrorXml(code: string, message: string, requestId: string): string {
  return `${PROLOG}<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`
}

/** AWS Query (IAM): `<ActionResponse><ActionResult>...</ActionResult><ResponseMetadata/>`. */
export function queryResponseXml(
  namespace: string,
  action: string,
  requestId: string,
  result: Record<string, XmlValue> | undefined
): string {
  const body = result ? `<${action}Result>${xmlElements(result, 'member')}</${action}Result>` : ''
  return `${PROLOG}<${action}Response xmlns="${namespace}">${body}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
}

export function queryErrorXml(
  namespace: string,
  error: { code: string; message: string; status: number },
  requestId: string
): string {
  const type = error.status >= 500 ? 'Receiver' : 'Sender'
  return `${PROLOG}<ErrorResponse xmlns="${namespace}"><Error><Type>${type}</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
}
