// Modules that Vite plugins in astro.config.mjs make up at build time.

/** /embed.js, bundled from src/embed/loader.ts (src/embed/loader-build.ts). */
declare module 'virtual:embed-loader.js' {
  const code: string;
  export default code;
}
