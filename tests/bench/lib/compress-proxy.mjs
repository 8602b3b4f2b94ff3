// A compression layer in front of tests/serve.mjs, as the static hosts the build is made for
// (dist/_headers is Netlify's and Cloudflare Pages' format) serve text: Brotli to a browser that
// accepts it, gzip otherwise. tests/serve.mjs does not compress; without this, Lighthouse would time
// the story's ~215 KB of raw HTML over its simulated slow 4G instead of the ~40 KB a reader
// downloads. A host compresses a file once and serves it from its cache, so this does too: a
// request costs no compression on the measured machine, which has two cores to share with the
// browser. Everything else (status, headers from _headers, 404s, redirects) passes through unchanged.
import { request, createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** The encodings offered, best first, and how each is made: Brotli at quality 5, the level a CDN
 *  compresses at on the fly (not the maximum, 11, which a build could precompress at), gzip at 9. */
const ENCODINGS = [
  { name: 'br', encode: (/** @type {Buffer} */ b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }) },
  { name: 'gzip', encode: (/** @type {Buffer} */ b) => gzipSync(b, { level: 9 }) },
];

/** The encoding to send for an Accept-Encoding header, or undefined (identity). */
function negotiate(acceptEncoding = '') {
  const accepted = new Set(acceptEncoding.split(',').map((s) => s.trim().split(';')[0]?.toLowerCase()));
  return ENCODINGS.find((e) => accepted.has(e.name));
}

/** Listens on 127.0.0.1:port and forwards to upstream() (an origin, asked per request, so the
 *  upstream may move); resolves to { origin, close() }. */
export function compressProxy(port, upstream) {
  /** Compressed bodies by origin, path and encoding: the site does not change while it is measured. */
  const cache = new Map();
  const server = createServer((req, res) => {
    const target = new URL(upstream());
    const up = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host, 'accept-encoding': 'identity' } },
      (upRes) => {
        const headers = { ...upRes.headers };
        const encoding = negotiate(req.headers['accept-encoding']);
        if (!encoding || !COMPRESSIBLE.test(headers['content-type'] ?? '') || req.method === 'HEAD' || headers['content-encoding']) {
          res.writeHead(upRes.statusCode ?? 502, headers);
          upRes.pipe(res);
          return;
        }
        const chunks = [];
        upRes.on('data', (c) => chunks.push(c));
        upRes.on('end', () => {
          const key = `${target.origin} ${upRes.statusCode} ${req.url} ${encoding.name}`;
          const body = cache.get(key) ?? encoding.encode(Buffer.concat(chunks));
          cache.set(key, body);
          delete headers['transfer-encoding'];
          headers['content-encoding'] = encoding.name;
          headers['content-length'] = String(body.length);
          headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
          res.writeHead(upRes.statusCode ?? 502, headers);
          res.end(body);
        });
      },
    );
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`bench compression layer: ${e.message}`);
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
