// A gzip layer in front of tests/serve.mjs. Static hosts (Netlify, Cloudflare Pages, GitHub Pages,
// nginx) compress text responses; tests/serve.mjs does not. Without this, Lighthouse would time the
// story's ~200 KB of raw HTML over its simulated slow 4G instead of the ~47 KB a reader downloads.
// Everything else (status, headers from _headers, 404s, redirects) passes through unchanged.
import { request, createServer } from 'node:http';
import { createGzip } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** Listens on 127.0.0.1:port and forwards to upstream() (an origin, asked per request, so the
 *  upstream may move); resolves to { origin, close() }. */
export function gzipProxy(port, upstream) {
  const server = createServer((req, res) => {
    const target = new URL(upstream());
    const up = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host, 'accept-encoding': 'identity' } },
      (upRes) => {
        const headers = { ...upRes.headers };
        const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && COMPRESSIBLE.test(headers['content-type'] ?? '') && req.method !== 'HEAD' && !headers['content-encoding'];
        if (!gzip) {
          res.writeHead(upRes.statusCode ?? 502, headers);
          upRes.pipe(res);
          return;
        }
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
        headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
        res.writeHead(upRes.statusCode ?? 502, headers);
        upRes.pipe(createGzip()).pipe(res);
      },
    );
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`bench gzip proxy: ${e.message}`);
    });
    req.pipe(up);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
