// The sites the browser tests build and serve: one place for their ports and settings.
export const e2eSites = {
  root: {
    port: 4410,
    base: '/',
    env: { OUT_DIR: 'dist-e2e', SITE_URL: 'http://127.0.0.1:4410', BASE_PATH: '/' },
  },
  subpath: {
    port: 4411,
    base: '/youth/',
    env: { OUT_DIR: 'dist-e2e-base', SITE_URL: 'https://example.go.kr', BASE_PATH: '/youth/' },
  },
};
