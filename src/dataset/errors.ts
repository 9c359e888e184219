/** A dataset that cannot be used as asked (missing file, written by a newer evaltab, not ours); the CLI shows the message. */
export class DatasetError extends Error {}
