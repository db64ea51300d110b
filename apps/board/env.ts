// Where the development server sends /graphql (the API started with start:demo).
export const API_URL = process.env.SCRUTINY_API_URL ?? 'http://127.0.0.1:4000';
