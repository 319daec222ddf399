import { createReadStream, existsSync, statSync } from "fs";
import { createServer, Server } from "http";
import { extname, join, normalize, resolve } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
  ".css": "text/css",
};

/** Serves built folders on loopback only, for the preview and the browser tests; a file is taken from the first folder holding it. */
export function serveFolder(folders: string | string[], port = 0): Promise<{ server: Server; url: string }> {
  const roots = (Array.isArray(folders) ? folders : [folders]).map((folder) => resolve(folder));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = roots
      .map((root) => ({ root, file: normalize(join(root, path === "/" ? "preview.html" : path)) }))
      .find(({ root, file }) => file.startsWith(root) && existsSync(file) && statSync(file).isFile())?.file;
    if (!file) {
      response.writeHead(404).end("Not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((ready) =>
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      ready({ server, url: `http://127.0.0.1:${actual}/` });
    }),
  );
}
