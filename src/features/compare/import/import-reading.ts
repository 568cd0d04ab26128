/**
 * What reading a file takes (the worker session or its in-page stand-in, the table parser, the
 * layout recogniser, the area matcher): loaded when a reader chooses a file, not with the panel,
 * so the compare page's first view carries none of it (ADR 0093).
 */
export { createImportSession } from './import-session';
export { figuresFromColumns } from './figure-columns';
export { defaultChoices } from './read-file';
export { readFileText } from './read-file-text';
