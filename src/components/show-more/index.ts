export { ShowMore } from './show-more'
export { useRowLimit } from './use-row-limit'
