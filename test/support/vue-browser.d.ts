/** Vue's browser build (template compiler included, no bundler needed; test/vue.test.ts and the catalogue's Vue page) has the types of `vue`. */
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
