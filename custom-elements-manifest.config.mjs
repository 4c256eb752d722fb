/**
 * custom-elements.json: the public API of the widgets, read by Storybook's
 * docs and by editors. Static, private and protected members stay out of it.
 */
export default {
  globs: ['src/components/**/*.ts', 'src/base/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/index.ts'],
  litelement: true,
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
          }
        }
      },
    },
  ],
};
