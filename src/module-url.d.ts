/** `import url from './part.ts?module-url'`: the built address of a module, loaded on demand (src/build/module-url.ts). */
declare module '*?module-url' {
  const url: string;
  export default url;
}
