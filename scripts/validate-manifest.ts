import { join } from "path";
import { validateManifest } from "office-addin-manifest/lib/validate";
import { checkManifest } from "./manifestChecks";

/**
 * `npm run validate`: Microsoft's manifest validation service when it can be
 * reached, and always the project's own offline checks.
 */
async function validate(): Promise<number> {
  const root = join(__dirname, "..");
  const problems = await checkManifest(root);
  for (const problem of problems) process.stderr.write(`manifest: ${problem}\n`);
  if (problems.length === 0) process.stdout.write("manifest.xml passes the offline checks (permission, host, origin, resources, icons, pages, ribbon function).\n");

  try {
    const result = await validateManifest(join(root, "manifest.xml"));
    if (result.isValid) process.stdout.write("manifest.xml is valid according to the Office validation service.\n");
    else {
      process.stderr.write(`The Office validation service rejected manifest.xml: ${JSON.stringify(result.report?.errors ?? result.statusText)}\n`);
      return 1;
    }
  } catch (error) {
    if (!/Unable to contact the manifest validation service/.test((error as Error).message)) throw error;
    process.stdout.write("The Office validation service cannot be reached from here (no network); only the offline checks ran.\n");
  }
  return problems.length === 0 ? 0 : 1;
}

validate().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`manifest: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
