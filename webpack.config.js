const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");
const { manifestFor } = require("./scripts/manifestFor.js");
const { version } = require("./package.json");

/**
 * The oldest browsers the pages must run in. ExcelApi 1.9 admits Excel for
 * Mac 16.24 on macOS 10.15 and Excel on iPad, whose WKWebView is the system's
 * Safari: 14 there (browserslist: safari 14, ios_saf 14.0-14.4). What is newer
 * syntax than theirs, in our code or a dependency's, is lowered when the
 * bundle is minified; a test parses the built pages at ES2020 to prove it.
 */
const PAGE_TARGETS = ["es2020", "safari14", "ios14", "chrome87", "edge87", "firefox78"];
// Safari has run destructuring since 10; esbuild counts it from 14.1 only for a corner of the compat
// table (a default's temporal dead zone), and cannot lower it, so it is taken as supported
const SAFARI_14_DESTRUCTURING = { destructuring: true };

// the origin the dev manifest names, replaced everywhere by the one a production build is given
const { DEV_ORIGIN } = require("./scripts/manifestFor.js");

/** `--env origin=https://plans.example.gov.uk`: an HTTPS origin, nothing after the host and port. */
function originOf(env) {
  const origin = env.origin ?? DEV_ORIGIN;
  if (!/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(origin)) {
    throw new Error(`--env origin must be an HTTPS origin such as https://plans.example.gov.uk, with no path (got '${origin}')`);
  }
  return origin.toLowerCase();
}

/** Prints each page's script as the browser fetches it, raw and gzipped: the sizes the README keeps. */
class BundleSizes {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleSizes", (compilation) => {
      const lines = [];
      const kib = (bytes) => (bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0);
      const line = (name, files) => {
        // read back as written: after emitting, webpack keeps only the assets' sizes
        const bytes = files.map((file) => fs.readFileSync(path.join(compilation.outputOptions.path, file)));
        const raw = bytes.reduce((sum, b) => sum + b.length, 0);
        const gzip = bytes.reduce((sum, b) => sum + zlib.gzipSync(b, { level: 9 }).length, 0);
        lines.push(`  ${name.padEnd(14)} ${kib(raw).padStart(6)} KiB  ${kib(gzip).padStart(5)} KiB gzipped`);
      };
      const initial = new Set();
      for (const [name, entry] of compilation.entrypoints) {
        const files = entry.getFiles().filter((file) => file.endsWith(".js"));
        files.forEach((file) => initial.add(file));
        line(name, files);
      }
      // what a page fetches only when asked (the committee report's Word writer, on the first download)
      const later = [...compilation.chunks].flatMap((chunk) => [...chunk.files]).filter((file) => file.endsWith(".js") && !initial.has(file));
      if (later.length > 0) line("on demand", later);
      process.stdout.write(`Bundle sizes (${compilation.outputOptions.path}):\n${lines.join("\n")}\n`);
    });
  }
}

/**
 * The add-in's pages: the task pane, the ribbon's function file and
 * notification, help, support, privacy and terms, all served from the
 * add-in's own origin, with `manifest.xml` naming that origin. `--env
 * preview` builds instead the pane's preview (any browser, the bundled
 * samples, no Office) into dist-preview/, which `npm start` serves and the
 * browser tests drive; it is never part of the add-in that is deployed.
 */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const preview = Boolean(env.preview);
  const origin = originOf(env);
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: "defer", inject: "body" });
  // the pane links to help, privacy and terms wherever it runs
  const about = [page("help", "./src/help/help.html", []), page("privacy", "./src/help/privacy.html", []), page("terms", "./src/help/terms.html", [])];
  const pages = preview
    ? [page("preview", "./src/taskpane/preview.html", ["preview"]), ...about]
    : [
        page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
        page("commands", "./src/commands/commands.html", ["commands"]),
        page("notification", "./src/commands/notification.html", ["notification"]),
        ...about,
      ];
  const copies = preview
    ? [
        { from: "assets/sample-plan-2019-20.snapshot.json", to: "assets/[name][ext]" },
        { from: "assets/sample-tracker.snapshot.json", to: "assets/[name][ext]" },
      ]
    : [
        { from: "assets/{brag,refresh,panel}-*.png", to: "assets/[name][ext]" },
        { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString(), { origin, version }) },
      ];
  return {
    mode: production ? "production" : "development",
    // no source maps in what is deployed unless asked for (--env sourcemaps)
    devtool: production ? (env.sourcemaps ? "source-map" : false) : "eval-source-map",
    entry: preview
      ? { preview: "./src/taskpane/preview.tsx" }
      : { taskpane: "./src/taskpane/taskpane.tsx", commands: "./src/commands/commands.ts", notification: "./src/commands/notification.ts" },
    output: {
      path: path.resolve(__dirname, env.out ?? (preview ? "dist-preview" : "dist")),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    // a source file's dynamic import names the .js it compiles to, as TypeScript's node16 resolution asks
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: true } },
        },
      ],
    },
    optimization: { minimizer: [new EsbuildPlugin({ target: PAGE_TARGETS, supported: SAFARI_14_DESTRUCTURING, legalComments: "none" })] },
    plugins: [...pages, new CopyWebpackPlugin({ patterns: copies }), ...(production ? [new BundleSizes()] : [])],
    performance: { hints: production ? "warning" : false, maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000 },
    stats: production ? "errors-warnings" : "normal",
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
