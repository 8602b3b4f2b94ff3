// /embed.js, the loader other sites include to embed a chart: built from src/embed/loader.ts (see
// src/embed/loader-build.ts). Headers for it (CORS, nosniff) are in src/security/headers.ts.
import type { APIRoute } from 'astro';
import loader from 'virtual:embed-loader.js';

export const GET: APIRoute = () => new Response(loader, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
