import { app, shell } from 'electron';
import { isAllowedExternal, isAllowedNavigation, isPermissionGranted } from './security';

/** Registered once: applies to every web contents the app ever creates. */
export function installGuards(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, origins)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, origins)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternal(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.session.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(isPermissionGranted(permission, details.requestingUrl, origins)),
    );
    contents.session.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
      isPermissionGranted(permission, requestingOrigin, origins),
    );
  });
}
