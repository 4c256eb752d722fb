/** The library's version (package.json's; a Node test keeps the two equal). */
export const VERSION = '0.1.0';
