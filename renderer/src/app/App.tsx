import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorBoundary } from './ErrorBoundary';
import { NotificationsEscape } from './NotificationsEscape';
import { FirstRunGate } from './FirstRunGate';
import { WorkspaceGate } from './WorkspaceGate';
import { Shell } from './Shell';
import { theme } from './theme';
import { useFlushBeforeClose } from './use-flush-before-close';

export function App() {
  useFlushBeforeClose();
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      <NotificationsEscape />
      <Router hook={useHashLocation}>
        <ErrorBoundary>
          <WorkspaceGate>
            <FirstRunGate>
              <Shell />
            </FirstRunGate>
          </WorkspaceGate>
        </ErrorBoundary>
      </Router>
    </MantineProvider>
  );
}
