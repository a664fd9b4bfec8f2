// profilekit/styles.css: the default theme, imported for its side effect (`import 'profilekit/styles.css'`).
// TypeScript 7 (and 5.x or 6.x with `noUncheckedSideEffectImports`) refuses a side-effect
// import that resolves to no declaration (TS2882); the exports map's "types" condition points here.
export {};
