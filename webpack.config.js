const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/**
 * The add-in's pages: the task pane (inside Excel), its preview (any browser,
 * the bundled sample workbook, no Office), the ribbon's function file and
 * notification, and help. Everything is served from the add-in's own origin.
 */
module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: "defer", inject: "body" });
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.tsx",
      preview: "./src/taskpane/preview.tsx",
      commands: "./src/commands/commands.ts",
      notification: "./src/commands/notification.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: true } },
        },
      ],
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("preview", "./src/taskpane/preview.html", ["preview"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("notification", "./src/commands/notification.html", ["notification"]),
      page("help", "./src/help/help.html", []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/sample-plan-2019-20.snapshot.json", to: "assets/[name][ext]" },
          { from: "assets/sample-tracker.snapshot.json", to: "assets/[name][ext]" },
        ],
      }),
    ],
    performance: { hints: production ? "warning" : false, maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000 },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
