export * from './common';
export * from './domain';
export * from './auth';
export * from './fair';
export * from './hall';
export * from './socket';
export * from './schedule';
