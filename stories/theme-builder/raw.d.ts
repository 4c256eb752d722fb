/** A file imported with `?raw` (Vite; the test runner's rawImports plugin): its text. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
