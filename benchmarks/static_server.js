// A static file server for the search benchmark (search_bench.py --server node): what a
// production web server does for a static site (files from memory after the first read,
// persistent HTTP/1.1 connections), without Python's per-request thread and parsing.
//   node static_server.js ROOT  -> prints the port it listens on (127.0.0.1)
"use strict";
const http = require("http"), fs = require("fs"), path = require("path");
const root = path.resolve(process.argv[2] || ".");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".css": "text/css; charset=utf-8", ".txt": "text/plain; charset=utf-8" };
const cache = new Map();
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (rel.endsWith("/")) rel += "index.html";
  const file = path.join(root, rel);
  if (!file.startsWith(root + path.sep)) { res.writeHead(403); res.end(); return; }
  let body = cache.get(file);
  if (body === undefined) {
    try { body = fs.readFileSync(file); } catch (e) { body = null; }
    cache.set(file, body);
  }
  if (body === null) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
                       "Content-Length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 60000;
server.listen(0, "127.0.0.1", () => { console.log(server.address().port); });
