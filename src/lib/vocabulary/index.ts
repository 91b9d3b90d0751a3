/**
 * Every enum of the content model with its Korean labels, one file per concern. The labels
 * are typed by their enum (`satisfies Record<…>`), so a new value does not compile until it
 * is labelled; the Zod schemas build their enums from these lists.
 */
export * from './application';
export * from './categories';
export * from './centers';
export * from './eligibility';
export * from './entry-kinds';
export * from './organizations';
export * from './period';
