/** The credential scope of a SigV4 request: `Credential=AKID/DATE/REGION/SERVICE/aws4_request`. */
export interface SignedScope {
  region: string
  service: string
}

/** Where a request was signed for; undefined when it is not signed with SigV4 at all. */
export function signedScope(authorization: string | undefined): SignedScope | undefined {
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '')
  return match ? { region: match[1] as string, service: match[2] as string } : undefined
}
