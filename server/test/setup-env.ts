// Integration and browser specs run the real app in-process with test settings.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'error';
jest.setTimeout(120_000);
