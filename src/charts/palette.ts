// The charts' colours, light and dark, defined once. src/charts/css.ts writes them as CSS custom
// properties (light on :root; dark under prefers-color-scheme unless the page asks for light, and
// under [data-theme="dark"] for ?theme=dark embeds); the PNG pictures (src/files/png.ts,
// src/og/image.ts) take the light values as they are, since librsvg knows no custom properties.

/** Custom property name (without `--`) → colour. Both schemes name the same properties. */
export type Palette = Record<PaletteName, string>;
export type PaletteName = keyof typeof LIGHT;

const LIGHT = {
  'c-ks': '#c2410c',
  'c-pdd': '#1d4ed8',
  'c-taobao': '#b45309',
  'c-jd': '#b91c1c',
  'c-neutral': '#6b6f76',
  'c-estimate': '#7c3aed',
  'c-good': '#047857',
  'chart-ink': '#1c1d1f',
  'chart-soft': '#4a4d52',
  'chart-grid': '#d8d4cb',
  'chart-bg': '#fbfaf7',
} as const;

export const PALETTE: { light: Palette; dark: Palette } = {
  light: LIGHT,
  dark: {
    'c-ks': '#fb923c',
    'c-pdd': '#7cb3ff',
    'c-taobao': '#fbbf24',
    'c-jd': '#f87171',
    'c-neutral': '#a1a4ab',
    'c-estimate': '#c4b5fd',
    'c-good': '#34d399',
    'chart-ink': '#e9e7e2',
    'chart-soft': '#b4b1aa',
    'chart-grid': '#3a3d44',
    'chart-bg': '#16171a',
  },
};

const declarations = (p: Palette, indent: string) =>
  Object.entries(p).map(([name, value]) => `${indent}--${name}: ${value};`).join('\n');

/** The palette as CSS: light, dark by system preference (unless the page says light), dark by choice. */
export function paletteCss(): string {
  return [
    `:root {\n${declarations(PALETTE.light, '  ')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme="light"]) {\n${declarations(PALETTE.dark, '    ')}\n  }\n}`,
    `:root[data-theme="dark"] {\n${declarations(PALETTE.dark, '  ')}\n}`,
  ].join('\n\n');
}

/** CSS with every `var(--name)` of the palette replaced by its light value, for librsvg. */
export function withLightColours(css: string): string {
  return css.replace(/var\(--([\w-]+)\)/g, (all, name: string) => {
    const value = (PALETTE.light as Record<string, string>)[name];
    if (!value) throw new Error(`chart CSS uses var(--${name}), which is not in src/charts/palette.ts`);
    return value;
  });
}
