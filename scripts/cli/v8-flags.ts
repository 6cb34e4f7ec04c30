/**
 * V8 tuning for long runs, set before the analysers load (imported first by analyze.ts; flags are
 * per process, so worker threads share them). Twice V8's default interrupt budget lets a function
 * gather type feedback over more calls before TurboFan optimises it: fewer optimisations thrown away
 * for a shape or branch not seen yet, each a recompile of a large function on a second core.
 */
import v8 from 'node:v8';

v8.setFlagsFromString(`--interrupt-budget=${2 * 132 * 1024}`);
