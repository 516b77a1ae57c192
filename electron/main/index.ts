import { runApp } from './app';

// The whole app lives in app.ts so tests can start it against a fake electron module.
runApp({ mainDir: import.meta.dirname });
