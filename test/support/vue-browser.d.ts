/** Vue's browser build (template compiler included, no bundler needed) has the types of `vue`. */
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
