/** A value of an EC2 Query response: arrays become `<item>` lists, objects nested elements. */
export type XmlValue =
  string | number | boolean | undefined | null | XmlValue[] | { [name: string]: XmlValue }

function escape(text: string): string {
  return text.replace(/[<>&'"]/g, c => `&#${c.charCodeAt(0)};`)
}

function element(name: string, value: XmlValue): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value))
    return `<${name}>${value.map(v => element('item', v)).join('')}</${name}>`
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v))
      .join('')}</${name}>`
  }
  return `<${name}>${escape(String(value))}</${name}>`
}

const NS = 'http://ec2.amazonaws.com/doc/2016-11-15/'

export function responseXml(
  action: string,
  requestId: string,
  body: Record<string, XmlValue>
): string {
  const inner = Object.entries(body)
    .map(([k, v]) => element(k, v))
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${NS}"><requestId>${requestId}</requestId>${inner}</${action}Response>`
}

export function errorXml(code: string, message: string, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escape(code)}</Code><Message>${escape(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`
}
