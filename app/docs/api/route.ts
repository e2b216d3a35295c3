/**
 * The API reference, rendered in the browser by Swagger UI (swagger-ui-dist, served from this server:
 * nothing loads from another origin) from /api/v1/openapi.json.
 */
export function GET(): Response {
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Roster API reference</title>
    <link rel="stylesheet" href="/docs/api/swagger-ui.css" />
  </head>
  <body>
    <main id="api-reference" aria-label="Roster API reference"><noscript>The reference needs JavaScript; the document itself is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</noscript></main>
    <script src="/docs/api/swagger-ui-bundle.js"></script>
    <script src="/docs/api/init.js"></script>
  </body>
</html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
}
