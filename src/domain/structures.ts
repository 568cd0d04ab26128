/**
 * The 2012 Customer & Communities dashboard is the model, so its structure is shown first when
 * present: the views choose it when the address names none, and its dashboard is plain `/dashboard`.
 */
export const DEFAULT_STRUCTURE = 'cc-2012';
