// /og/zh.png and /og/en.png: each language's sharing image.
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../i18n/index.ts';
import { ogPng } from '../../og/image.ts';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => new Response(await ogPng(params.lang as Lang), { headers: { 'Content-Type': 'image/png' } });
