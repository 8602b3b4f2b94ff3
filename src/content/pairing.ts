// The side-by-side page renders each chapter twice through the story components: the English once
// to collect each paragraph's HTML by its shared id, the Chinese once to lay out the page, each
// paragraph beside its English twin. The two renders may run in any order (Astro renders siblings
// concurrently), so a twin is a promise: the Chinese side waits for the English paragraph with its
// id. The store lives on Astro.locals, so each render of the page (and each dev reload) starts empty.

interface Twin {
  promise: Promise<string>;
  resolve: (html: string) => void;
}

type Store = Map<string, Twin>;

function twinOf(locals: object, id: string): Twin {
  const l = locals as { paragraphTwins?: Store };
  const store = (l.paragraphTwins ??= new Map());
  let twin = store.get(id);
  if (!twin) {
    let resolve!: (html: string) => void;
    const promise = new Promise<string>((r) => (resolve = r));
    store.set(id, (twin = { promise, resolve }));
  }
  return twin;
}

/** Records the rendered HTML of a paragraph of the twin language. */
export const putTwin = (locals: object, id: string, html: string): void => twinOf(locals, id).resolve(html);

/**
 * The rendered HTML of the twin paragraph with this id, once it is rendered. The content check has
 * already matched every paragraph id across the languages, so each one arrives.
 */
export const takeTwin = (locals: object, id: string): Promise<string> => twinOf(locals, id).promise;
