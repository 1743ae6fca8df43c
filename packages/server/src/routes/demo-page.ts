import type { Hono } from 'hono';
import { pageLanguage } from '../demo/page-dictionary.js';
import { renderDemoPage } from '../demo/page.js';
import { resource } from '../http/methods.js';

export function demoPageRoutes(app: Hono): void {
  resource(app, '/', {
    GET: (c) => {
      c.header('Content-Language', pageLanguage(c.req.query('lang')));
      return c.html(renderDemoPage(pageLanguage(c.req.query('lang'))));
    },
  });
}
