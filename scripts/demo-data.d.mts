import type { Seed } from './seed-in-page.mjs';
export declare function demoData(): Seed;
