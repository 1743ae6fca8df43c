import { defineConfig } from 'vite';

export default defineConfig({ base: './', oxc: { jsx: { runtime: 'automatic' } }, build: { outDir: '../dist/react', emptyOutDir: true } });
