/**
 * Key layout. Every key the app owns starts with `tr:`, so clearAll() can remove exactly ours and
 * never a key written by anything else sharing the storage.
 *
 *   tr:case:<id>           one transfer case per key
 *   tr:details:<scope>     report details (对方姓名、微信号、交易单号…) for a case or scenario
 *   tr:checklist:<scope>   done item ids of a checklist
 *   tr:prevention          done item ids of the prevention settings list
 *   tr:settings            app settings (large text…)
 *   tr:aside:<id>          one value set aside because it could not be read (see quarantine.ts)
 *   tr:aside-part:<id>:<n> the n-th piece of a large set-aside value's text
 *   tr:quarantine          the older layout: every set-aside value in one list (read and moved
 *                          to tr:aside:<id> keys, then removed)
 *
 * Cases use one key each rather than one array: a corrupt value then costs one case, not all of
 * them, and every key stays a few hundred bytes, far from WeChat's 1 MB per key. There is no
 * index key: kv.keys() is the index, so there is no second copy that could disagree with the
 * records after a half-finished write.
 */
export const PREFIX = 'tr:'
export const CASE_PREFIX = `${PREFIX}case:`
export const DETAILS_PREFIX = `${PREFIX}details:`
export const CHECKLIST_PREFIX = `${PREFIX}checklist:`
export const PREVENTION_KEY = `${PREFIX}prevention`
export const SETTINGS_KEY = `${PREFIX}settings`
/** The older single-list layout of set-aside values; only read, to move its entries out. */
export const LEGACY_QUARANTINE_KEY = `${PREFIX}quarantine`
export const ASIDE_PREFIX = `${PREFIX}aside:`
export const ASIDE_PART_PREFIX = `${PREFIX}aside-part:`

/** Case ids and checklist scopes: short and plain, so they are safe inside a key. */
export const SCOPE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export const isScope = (scope: unknown): scope is string =>
  typeof scope === 'string' && SCOPE_PATTERN.test(scope)

export const caseKey = (id: string) => CASE_PREFIX + id
export const detailsKey = (scope: string) => DETAILS_PREFIX + scope
export const checklistKey = (scope: string) => CHECKLIST_PREFIX + scope
export const asideKey = (id: string) => ASIDE_PREFIX + id
export const asidePartKey = (id: string, n: number) => `${ASIDE_PART_PREFIX}${id}:${n}`
