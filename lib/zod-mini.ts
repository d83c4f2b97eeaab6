/**
 * zod/mini with English messages. zod/mini ships no messages ("Invalid input" for everything)
 * unless a locale is configured; classic zod configures English itself. Modules that load on every
 * page (saved progress, snapshot reading) use mini because classic zod's schemas are slow to
 * construct (each is given dozens of methods), which costs a phone tens of milliseconds per page.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export * from 'zod/mini';
