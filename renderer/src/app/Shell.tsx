import { AppShell, Group, NavLink, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { detailRoutes, navRoutes } from './routes';
import { SaveStatus } from './SaveStatus';
import { WorkspaceNotices } from './WorkspaceNotices';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { SyncStatus } from '../features/sync/SyncStatus';

export function Shell() {
  const { t } = useTranslation();
  const [location] = useLocation();
  // Site-visit mode is the assessor's one screen for the day: no side navigation to stray into.
  const focused = /^\/cases\/[^/]+\/visit$/.test(location);
  return (
    <AppShell header={{ height: 56 }} navbar={focused ? undefined : { width: 220, breakpoint: 0 }} padding="lg">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h3">
            {t('appName')}
          </Title>
          <GlobalSearch />
          <Group gap="sm" wrap="nowrap">
            <SyncStatus />
            <SaveStatus />
          </Group>
        </Group>
      </AppShell.Header>
      {!focused && (
        <AppShell.Navbar p="xs" component="nav" aria-label={t('mainNavigation')}>
          {navRoutes.map((route) => {
            const active = location === route.path || location.startsWith(`${route.path}/`);
            return (
              <NavLink
                key={route.path}
                component={Link}
                href={route.path}
                label={t(`nav.${route.labelKey}`)}
                active={active}
                variant="filled"
                aria-current={active ? 'page' : undefined}
              />
            );
          })}
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        <WorkspaceNotices />
        <Switch>
          {navRoutes.map((route) => (
            <Route key={route.path} path={route.path} component={route.component} />
          ))}
          {detailRoutes.map((route) => (
            <Route key={route.path} path={route.path} component={route.component} />
          ))}
          <Route>
            <Redirect to="/cases" />
          </Route>
        </Switch>
      </AppShell.Main>
    </AppShell>
  );
}

function focusMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
