// Every route of the built site that a reader, an editor or an embedding site can open.
export const ROUTES = ['/', '/zh/', '/en/', '/404.html'];
