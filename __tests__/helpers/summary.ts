/** One row of the job summary's "Older images" table: what retention did with one image. */
export interface RetentionRow {
  region: string
  build: string
  amiId: string
  version: string
  outcome: string
}

const unescape = (html: string) =>
  html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))

/** The rows of the summary's "Older images" table (src/report/summary.ts), as text. */
export function retentionRows(summary: string): RetentionRow[] {
  const table = /<h3>Older images<\/h3>\n<table>(.*?)<\/table>/s.exec(summary)?.[1] ?? ''
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)]
    .map(row => [...(row[1] ?? '').matchAll(/<td>(.*?)<\/td>/gs)].map(c => unescape(c[1] ?? '')))
    .filter(cells => cells.length === 5)
    .map(([region = '', build = '', amiId = '', version = '', outcome = '']) => ({
      region,
      build,
      amiId,
      version,
      outcome
    }))
}
