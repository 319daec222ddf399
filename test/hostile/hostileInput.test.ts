import { LIMIT_MB, LIMIT_SECONDS, runHostileCase } from "../support/hostile/checkCase";
import { HOSTILE_CASES } from "../support/hostile/hostileCases";
import { bundledBrag } from "../support/hostile/runBrag";

/**
 * Hostile and extreme input through `brag` as a user's shell runs it (today's
 * source, bundled as installed): each case read as Excel opens it or refused
 * in one line with exit 2, the input byte for byte as it was, nothing written
 * when refused, every written package well-formed, and each run inside
 * LIMIT_SECONDS and LIMIT_MB. docs/testing.md has the measured table
 * (`npm run -s hostile:table`).
 */
describe(`hostile input: one clear line or a good read, nothing of the user's changed, each run inside ${LIMIT_SECONDS} s and ${LIMIT_MB} MB`, () => {
  let brag: string;
  beforeAll(async () => {
    brag = await bundledBrag();
  }, 60_000);

  it.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))(
    "%s",
    async (_, hostile) => {
      const outcomes = await runHostileCase(brag, hostile);
      expect(outcomes.map(({ run, problems }) => [run.args.join(" "), problems])).toEqual(outcomes.map(({ run }) => [run.args.join(" "), []]));
    },
    180_000,
  );
});
