/**
 * What the action promises about an image stream, whatever runs race, re-run, get cancelled or
 * meet an outage. Each is upheld where named, and checked after every step of generated
 * histories against the test bed's EC2 and SSM (`__tests__/integration/stream-properties.test.ts`,
 * whose failing seeds stay there as named cases).
 */
export const INVARIANTS = {
  I1: 'Nothing in use is lost: every image of a generation that is in use, shared, public, recently launched, pinned or protected survives, in every region it was copied to (retention.ts: units are kept whole).',
  I2: 'The newest generations are kept whole: with keep-generations N, the N newest generations by first release keep every image; a run never retires a generation newer than its own (retention.ts: retentionUnits).',
  I3: 'Lookup and reuse are exact: per build and region, the newest released image of the version, the same answer every time; a version with no whole release is not found, and a release names the builds that make it whole (model.ts: releaseOf).',
  I4: 'Deploy pointers only move forward: a run points them at its own release only while it is the newest; a rollback is mode: lookup with ssm-parameter (pointer.ts, steps/publish.ts).',
  I5: "The version tag is the action's: a template that sets it, or any key under it, is refused before anything is built (packer/contract.ts).",
  I6: 'A run never waits on itself: an earlier attempt of this run holds nothing this attempt waits for (steps/claim.ts).',
  I7: 'Runs converge: one version is built and released by one run at a time (its claim), and a run confirms that what it outputs and publishes exists and is released (steps/release.ts).',
  I8: 'Every failure leaves a state a re-run converges from: the completion record is written first and confirmed; what a run made and did not record is removed by its post step, or adopted by a re-run (steps/release.ts, post.ts, release/ownership.ts).',
  I9: "An image the action never released is not the stream's: one that carries a release's tags while its snapshots do not carry the version and lineage (copied with them by CopyImage, or tagged by hand) is never output, reused, published, looked up nor retired, and the release it copies is still found (aws/proof.ts: neverReleased; stream/model.ts: releaseSets; aws/uses.ts: usesOf)."
} as const
