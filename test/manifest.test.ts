import { join } from "path";
import { checkManifest } from "../scripts/manifestChecks";

describe("manifest.xml", () => {
  it("passes the offline checks: least permission, Excel only, own origin, resources, icons, pages, ribbon function", async () => {
    expect(await checkManifest(join(__dirname, ".."))).toEqual([]);
  });
});
