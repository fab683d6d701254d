// The bundle's exports; dist/main.js and dist/post.js call them (see scripts/bundle.ts).
export { run } from './main.js'
export { runPost } from './post.js'
