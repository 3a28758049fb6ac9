/** What every write answers. Writes never throw: a failure comes back with a Chinese message. */
export type WriteResult<T extends object = object> =
  ({ ok: true } & T) | { ok: false; error: string }

export const fail = (error: string): { ok: false; error: string } => ({ ok: false, error })
