"use strict";
const { createHash } = require("crypto");

/** The origin the committed manifest names: the developer's own machine. */
const DEV_ORIGIN = "https://localhost:3000";
/** The committed manifest's Id, which a developer's sideloaded copy keeps; every origin's own Id is made from it. */
const DEV_ID = "850a4b28-59b5-40e1-943a-17b30cf86cab";
const DEV_NAME = "BRAG Tracker (development)";
const NAME = "BRAG Tracker";

/**
 * Excel updates a deployed add-in only when its manifest's version rises
 * (office-js-docs-pr docs/publish/maintain-breaking-changes.md: "Whenever you
 * make a change to the manifest… you must raise the version number"), so the
 * version is package.json's, with the fourth part Office's form asks for.
 */
function manifestVersion(version) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!parts) throw new Error(`package.json's version must be three numbers such as 1.2.0 to stamp the manifest (got '${version}')`);
  return `${parts[1]}.${parts[2]}.${parts[3]}.0`;
}

/**
 * A deployment's own Id: the same for the same origin at every build, so an
 * update replaces it, and never the developer's, so a sideloaded copy and the
 * council's deployed one live side by side (office-js-docs-pr
 * docs/includes/manifest-guidance.md: a manifest for each environment). A
 * name-based UUID (RFC 4122 version 5) of the origin under the dev Id.
 */
function idForOrigin(origin) {
  const namespace = Buffer.from(DEV_ID.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(namespace).update(origin.toLowerCase()).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The manifest for an origin: the dev manifest as it is but for its version, or a production one with its own Id and name. */
function manifestFor(xml, { origin, version }) {
  const stamped = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (origin === DEV_ORIGIN) return stamped;
  return stamped
    .split(DEV_ORIGIN)
    .join(origin)
    .replace(`<Id>${DEV_ID}</Id>`, `<Id>${idForOrigin(origin)}</Id>`)
    .replace(`<DisplayName DefaultValue="${DEV_NAME}"/>`, `<DisplayName DefaultValue="${NAME}"/>`);
}

module.exports = { DEV_ORIGIN, DEV_ID, DEV_NAME, NAME, manifestFor, manifestVersion, idForOrigin };
