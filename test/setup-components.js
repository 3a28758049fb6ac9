// Tells React 18 that tests wrap updates in act(), so it does not warn about it.
globalThis.IS_REACT_ACT_ENVIRONMENT = true
