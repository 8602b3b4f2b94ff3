// The components an editor may use in a chapter, defined once. The content model names anything else
// as a mistake, the remark plugin gives exactly these their language, and every page that renders a
// chapter (the story, the side-by-side page) binds a component to each name: its map is checked
// against this list, so a new name without a component (or a stray one) fails `astro check`.
export const COMPONENTS = ['Section', 'P', 'Fig', 'Note', 'Scrolly', 'Step'] as const;

export type ComponentName = (typeof COMPONENTS)[number];

/** A page's binding of every editor component to the Astro component that renders it. */
export type ComponentMap = Record<ComponentName, unknown>;

export const isComponentName = (name: string | null | undefined): name is ComponentName => (COMPONENTS as readonly (string | null | undefined)[]).includes(name);
