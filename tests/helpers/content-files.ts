// Reads the content/ folder as the build does, without Astro (src/build/content-files.ts).
import { readContentFolder, readFrontmatter } from '../../src/build/content-files';

export { readFrontmatter };
export const readCollection = (folder: Parameters<typeof readContentFolder>[0]) => readContentFolder(folder);
