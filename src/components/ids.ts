/** The id of the heading that names a chapter, section, source list or gallery entry with this id
 *  (its `aria-labelledby`). */
export const headingId = (id: string): string => `${id}-h`;
