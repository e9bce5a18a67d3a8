export declare const INSTALL_HINT: string;
export declare function findChromium(): string | null;
export declare function chromiumArgs(extensionDir: string): string[];
