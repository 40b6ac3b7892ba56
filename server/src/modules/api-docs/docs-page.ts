/**
 * The API docs page: Swagger UI from the server's own copy of swagger-ui-dist, with no inline script or
 * style, so it runs under the same Content-Security-Policy as the app. The page itself says nothing about
 * the API; it loads /api/openapi.json, which needs an organiser's token, with the session the app keeps in
 * this browser (client/src/stores/session.ts, key `pameran.session`).
 */
export const SWAGGER_UI_FILES = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;
export type SwaggerUiFile = keyof typeof SWAGGER_UI_FILES;

export const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Pameran API</title>
    <link rel="stylesheet" href="/api/docs/ui/swagger-ui.css" />
  </head>
  <body>
    <p id="docs-signin" hidden>
      The API description is for organisers: sign in to Pameran as an organiser in this browser, then reload
      this page.
    </p>
    <div id="swagger-ui"></div>
    <script src="/api/docs/ui/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
`;

export const DOCS_INIT_SCRIPT = `(function () {
  var token;
  try {
    token = JSON.parse(localStorage.getItem('pameran.session') || '{}').accessToken;
  } catch (e) {
    token = undefined;
  }
  var signIn = document.getElementById('docs-signin');
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    requestInterceptor: function (req) {
      if (token) req.headers.Authorization = 'Bearer ' + token;
      return req;
    },
    responseInterceptor: function (res) {
      if (/\\/api\\/openapi\\.json$/.test(res.url) && (res.status === 401 || res.status === 403)) {
        signIn.hidden = false;
      }
      return res;
    },
  });
})();
`;
