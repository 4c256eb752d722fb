import {defineConfig} from 'vite';

/**
 * Two library builds from one config:
 * - `vite build`: ES modules for bundlers and import maps, one entry per
 *   widget, Lit external so a page shares one copy;
 * - `vite build --mode iife`: dist/alliance-widgets.iife.js, one
 *   self-contained file (Lit, messages and data inlined) for a plain
 *   `<script src>` in a CMS.
 */
/** One ES entry per widget: `alliance-widgets/<tag>.js` registers that tag alone. */
export const WIDGETS = ['alliance-model-card', 'case-stat', 'case-study-card', 'timeline-view'];

export default defineConfig(({mode}) => {
  const iife = mode === 'iife';
  return {
    build: {
      target: 'es2021',
      outDir: 'dist',
      emptyOutDir: !iife,
      sourcemap: true,
      minify: true,
      lib: iife
        ? {entry: 'src/index.ts', formats: ['iife'], name: 'AllianceWidgets', fileName: () => 'alliance-widgets.iife.js'}
        : {
            entry: {
              index: 'src/index.ts',
              classes: 'src/classes.ts',
              ...Object.fromEntries(WIDGETS.map((tag) => [tag, `src/components/${tag}/index.ts`])),
            },
            formats: ['es'],
          },
      rolldownOptions: iife
        ? {output: {codeSplitting: false}}
        : {
            external: [/^lit($|\/)/, /^@lit\//],
            output: {chunkFileNames: 'chunks/[name]-[hash].js'},
          },
    },
  };
});
