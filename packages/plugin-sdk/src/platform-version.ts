/** The Scrutiny platform version plugins declare compatibility with (`platform: '^0.1.0'`). */
export const PLATFORM_VERSION = '0.1.0';
