export * from './jsx-runtime';
