import type { BrowserContext } from '@playwright/test';
export declare const PROVIDERS: { provider: 'gmail' | 'outlook'; pattern: string; fallback: string }[];
export declare function fixturePath(provider: 'gmail' | 'outlook', name: string): string;
export declare function routeMail(context: BrowserContext): Promise<void>;
export declare const GMAIL: (fixture: string, hash?: string) => string;
export declare const OUTLOOK: (fixture: string, path?: string) => string;
export declare function isComposeLink(url: URL): boolean;
export declare function withRelativeDates(html: string, now?: Date): string;
